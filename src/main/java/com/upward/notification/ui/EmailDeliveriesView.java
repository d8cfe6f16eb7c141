package com.upward.notification.ui;

import com.upward.base.ui.Grids;
import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.notification.internal.EmailDeliveryService;
import com.upward.notification.internal.EmailDeliveryService.DeliveryCounts;
import com.upward.notification.internal.EmailDeliveryService.DeliveryRow;
import com.upward.notification.internal.OutboxStatus;
import com.upward.base.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/** Which emails went out, which wait for another try and which failed for good (with the reason), for HR. */
@Route("email-deliveries")
@Menu(order = 80, icon = "vaadin:envelope", title = "Email deliveries")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmailDeliveriesView extends Div implements HasDynamicTitle {

    /** The filter's "all" choice; Select cannot hold null as a normal item. */
    enum Shown { FAILED, PENDING, SENT, ALL }

    private final EmailDeliveryService deliveries;
    final Select<Shown> shown = new Select<>();
    final Grid<DeliveryRow> grid = new Grid<>(DeliveryRow.class, false);
    private final Div tiles = new Div();

    EmailDeliveriesView(EmailDeliveryService deliveries) {
        this.deliveries = deliveries;
        addClassNames("page", "deliveries-page");
        var intro = new Paragraph(tr("notification.deliveries.intro"));
        intro.addClassName("page-intro");

        shown.setLabel(tr("notification.deliveries.show"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> switch (s) {
            case FAILED -> tr("notification.deliveries.failed");
            case PENDING -> tr("notification.deliveries.waiting");
            case SENT -> tr("notification.deliveries.sent");
            case ALL -> tr("notification.deliveries.all");
        });
        shown.setValue(Shown.FAILED);
        shown.addValueChangeListener(e -> refresh());

        grid.addColumn(d -> Formats.instant(d.createdAt(), "")).setHeader(tr("notification.deliveries.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeliveryRow::recipientEmail).setHeader(tr("notification.deliveries.recipient"))
                .setAutoWidth(true);
        grid.addColumn(DeliveryRow::subject).setHeader(tr("notification.deliveries.subject")).setFlexGrow(2);
        grid.addColumn(StatusLabels.badgeRenderer(d -> d.status())).setHeader(tr("notification.deliveries.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeliveryRow::attempts).setHeader(tr("notification.deliveries.tries")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(EmailDeliveriesView::when).setHeader(tr("notification.deliveries.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(tr("notification.deliveries.last-error")).setFlexGrow(2)
                .setTooltipGenerator(DeliveryRow::lastError);
        grid.addComponentColumn(this::actions).setHeader(tr("notification.deliveries.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                (Query<DeliveryRow, Void> q) -> deliveries.deliveries(status(),
                        PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) deliveries.countDeliveries(status())));
        grid.setEmptyStateText(tr("notification.deliveries.empty"));
        grid.setAriaLabel(tr("notification.deliveries.title"));
        Grids.fillPage(grid);
        add(new H2(tr("notification.deliveries.title")), intro, tiles, shown, grid);
        showCounts();
    }

    @Override
    public String getPageTitle() {
        return tr("notification.deliveries.title");
    }

    private OutboxStatus status() {
        return Optional.ofNullable(shown.getValue()).filter(s -> s != Shown.ALL)
                .map(s -> OutboxStatus.valueOf(s.name())).orElse(null);
    }

    private static String when(DeliveryRow d) {
        return switch (d.status()) {
            case SENT -> Formats.instant(d.sentAt(), "");
            case PENDING -> tr("notification.deliveries.next-try", Formats.instant(d.nextAttemptAt(), ""));
            case FAILED -> tr("notification.deliveries.gave-up");
        };
    }

    private Component actions(DeliveryRow d) {
        var retry = new Button(tr("notification.deliveries.try-again"), e -> {
            if (deliveries.retry(d.id())) {
                Toasts.success(tr("notification.deliveries.queued-again", d.recipientEmail()));
            } else {
                Toasts.error(tr("notification.deliveries.no-longer-failed"));
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.SMALL);
        retry.setAriaLabel(tr("notification.deliveries.try-again-label", d.subject(), d.recipientEmail()));
        retry.setVisible(d.status() == OutboxStatus.FAILED);
        return retry;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        DeliveryCounts counts = deliveries.counts();
        tiles.removeAll();
        tiles.add(Tiles.of(Tiles.tile(counts.pending(), tr("notification.deliveries.waiting")),
                Tiles.tile(counts.sent(), tr("notification.deliveries.sent")),
                Tiles.tile(counts.failed(), tr("notification.deliveries.failed"))));
    }
}
