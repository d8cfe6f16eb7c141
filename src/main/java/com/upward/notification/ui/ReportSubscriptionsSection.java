package com.upward.notification.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.ProfileSections;
import com.upward.base.ui.Toasts;
import com.upward.notification.internal.ReportSubscriptionService;
import com.upward.notification.internal.ReportSubscriptionService.SubscriptionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.stereotype.Component;

import static com.upward.base.ui.Translations.tr;

/**
 * "Report subscriptions" on the profile page: the reports the person gets by email, when the next arrives, and an
 * Unsubscribe (after a confirmation) for each; open to everyone, so that someone who lost the role can still stop.
 */
@Component
class ReportSubscriptionsSection implements ProfileSections {

    private final ReportSubscriptionService subscriptions;

    ReportSubscriptionsSection(ReportSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var list = new Div();
        list.addClassName("report-subscription-list");
        var section = new Div(new H3(tr("notification.report-subscriptions.heading")),
                new Paragraph(tr("notification.report-subscriptions.intro")), list);
        section.addClassNames("profile-section", "report-subscriptions");
        fill(list);
        return section;
    }

    private void fill(Div list) {
        list.removeAll();
        var rows = subscriptions.mySubscriptions();
        if (rows.isEmpty()) {
            list.add(new Paragraph(tr("notification.report-subscriptions.none")));
        }
        for (SubscriptionRow row : rows) {
            String name = tr("notification.report-kind." + row.kind().name(), row.programName());
            String frequency = tr("notification.report-frequency." + row.frequency().name());
            var text = new Div(new Span(name), new Paragraph(tr("notification.report-subscriptions.next", frequency,
                    Formats.date(row.next().deliveredOn()), Formats.date(row.next().from()),
                    Formats.date(row.next().to()))));
            if (row.skipped() != null) {
                text.add(new Paragraph(tr("notification.report-subscriptions.skipped." + row.skipped().name(),
                        Formats.date(row.skippedThrough()))));
            }
            var unsubscribe = new Button(tr("notification.report-subscriptions.unsubscribe"),
                    e -> confirm(list, row, name, frequency));
            unsubscribe.setAriaLabel(tr("notification.report-subscriptions.unsubscribe-from", name));
            var item = new Div(text, unsubscribe);
            item.addClassName("report-subscription");
            list.add(item);
        }
    }

    private void confirm(Div list, SubscriptionRow row, String name, String frequency) {
        var confirm = new ConfirmDialog(tr("notification.report-subscriptions.unsubscribe-question"),
                tr("notification.report-subscriptions.unsubscribe-text", name, frequency),
                tr("notification.report-subscriptions.unsubscribe"), e -> {
                    subscriptions.unsubscribe(row.id());
                    Toasts.success(tr("notification.report-subscriptions.unsubscribed", name));
                    fill(list);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(tr("notification.report-subscriptions.keep"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
