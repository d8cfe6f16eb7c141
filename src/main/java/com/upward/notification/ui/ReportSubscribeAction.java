package com.upward.notification.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Toasts;
import com.upward.notification.internal.DeliveryFrequency;
import com.upward.notification.internal.ReportKind;
import com.upward.notification.internal.ReportSubscriptionService;
import com.upward.reporting.ProgramOutcomeActions;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * "Subscribe…" beside an outcome report's download (one program's, or every program side by side): a dialog to get
 * the report by email after each month or quarter, saying what arrives when.
 */
@Component
class ReportSubscribeAction implements ProgramOutcomeActions {

    private final ReportSubscriptionService subscriptions;
    private final Clock clock;

    ReportSubscribeAction(ReportSubscriptionService subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create(ProgramChoice program) {
        return opener(() -> dialog(program));
    }

    @Override
    public com.vaadin.flow.component.Component createForAllPrograms() {
        return opener(this::dialogForAllPrograms);
    }

    private static Button opener(java.util.function.Supplier<SubscribeDialog> dialog) {
        var open = new Button(tr("notification.report-subscribe.open"), e -> dialog.get().open());
        open.addClassName("report-subscribe");
        return open;
    }

    SubscribeDialog dialog(ProgramChoice program) {
        return new SubscribeDialog(ReportKind.PROGRAM_OUTCOME, program.id(),
                tr("notification.report-subscribe.what.PROGRAM_OUTCOME", program.name()));
    }

    SubscribeDialog dialogForAllPrograms() {
        return new SubscribeDialog(ReportKind.CROSS_PROGRAM, null,
                tr("notification.report-subscribe.what.CROSS_PROGRAM"));
    }

    /** The dialog; package-visible fields for the tests. */
    final class SubscribeDialog extends Dialog {

        final RadioButtonGroup<DeliveryFrequency> frequency = new RadioButtonGroup<>(
                tr("notification.report-subscribe.frequency"));
        final Paragraph explanation = new Paragraph();
        final Button subscribe = new Button(tr("notification.report-subscribe.confirm"));

        /** {@code what}: the report, named for the explanation ("The program outcome report of …"). */
        SubscribeDialog(ReportKind kind, Long programId, String what) {
            setHeaderTitle(tr("notification.report-subscribe.title"));
            setMaxWidth("40rem");
            frequency.setItems(DeliveryFrequency.values());
            frequency.setItemLabelGenerator(f -> tr("notification.report-frequency." + f.name()));
            frequency.addValueChangeListener(e -> explain(what));
            frequency.setValue(DeliveryFrequency.MONTHLY);
            add(frequency, explanation);
            subscribe.addThemeVariants(ButtonVariant.PRIMARY);
            subscribe.addClickListener(e -> subscribe(kind, programId));
            getFooter().add(new Button(tr("notification.report-subscribe.cancel"), e -> close()), subscribe);
        }

        private void explain(String what) {
            DeliveryFrequency.Period first = frequency.getValue().periodOf(LocalDate.now(clock));
            explanation.setText(tr("notification.report-subscribe.explain." + frequency.getValue().name(),
                    what, Formats.date(first.from()), Formats.date(first.to()),
                    Formats.date(first.deliveredOn())));
        }

        private void subscribe(ReportKind kind, Long programId) {
            try {
                subscriptions.subscribe(kind, programId, frequency.getValue());
                close();
                Toasts.success(tr("notification.report-subscribe.done"));
            } catch (BusinessRuleException refusal) {
                FieldErrors.show(refusal, Map.of("frequency", frequency));
            }
        }
    }
}
