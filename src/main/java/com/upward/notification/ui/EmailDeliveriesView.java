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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.Optional;

/** Which emails went out, which wait for another try and which failed for good (with the reason), for HR. */
@Route("email-deliveries")
@PageTitle("Email deliveries")
@Menu(order = 80, icon = "vaadin:envelope", title = "Email deliveries")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmailDeliveriesView extends Div {

    /** The filter's "all" choice; Select cannot hold null as a normal item. */
    enum Shown { FAILED, PENDING, SENT, ALL }

    private final EmailDeliveryService deliveries;
    final Select<Shown> shown = new Select<>();
    final Grid<DeliveryRow> grid = new Grid<>(DeliveryRow.class, false);
    private final Div tiles = new Div();

    EmailDeliveriesView(EmailDeliveryService deliveries) {
        this.deliveries = deliveries;
        addClassNames("page", "deliveries-page");
        var intro = new Paragraph("Emails leave through an outbox: if the mail server is down they wait and are "
                + "tried again, up to 5 times with growing pauses. Those that still fail are listed here with the "
                + "reason; once the cause is fixed, try them again. Only recipients and subjects are shown.");
        intro.addClassName("page-intro");

        shown.setLabel("Show");
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> switch (s) {
            case FAILED -> "Failed";
            case PENDING -> "Waiting to be sent";
            case SENT -> "Sent";
            case ALL -> "All";
        });
        shown.setValue(Shown.FAILED);
        shown.addValueChangeListener(e -> refresh());

        grid.addColumn(d -> Formats.instant(d.createdAt(), "")).setHeader("Created").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DeliveryRow::recipientEmail).setHeader("Recipient").setAutoWidth(true);
        grid.addColumn(DeliveryRow::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(StatusLabels.badgeRenderer(d -> d.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DeliveryRow::attempts).setHeader("Tries").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EmailDeliveriesView::when).setHeader("Sent or next try").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(2)
                .setTooltipGenerator(DeliveryRow::lastError);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                (Query<DeliveryRow, Void> q) -> deliveries.deliveries(status(),
                        PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) deliveries.countDeliveries(status())));
        grid.setEmptyStateText("Nothing here. Failed emails would appear here with the reason.");
        grid.setAriaLabel("Email deliveries");
        Grids.fillPage(grid);
        add(new H2("Email deliveries"), intro, tiles, shown, grid);
        showCounts();
    }

    private OutboxStatus status() {
        return Optional.ofNullable(shown.getValue()).filter(s -> s != Shown.ALL)
                .map(s -> OutboxStatus.valueOf(s.name())).orElse(null);
    }

    private static String when(DeliveryRow d) {
        return switch (d.status()) {
            case SENT -> Formats.instant(d.sentAt(), "");
            case PENDING -> "Next try " + Formats.instant(d.nextAttemptAt(), "");
            case FAILED -> "Gave up";
        };
    }

    private Component actions(DeliveryRow d) {
        var retry = new Button("Try again", e -> {
            if (deliveries.retry(d.id())) {
                Toasts.success("The email to " + d.recipientEmail() + " is queued again.");
            } else {
                Toasts.error("This email is no longer failed; the list is refreshed.");
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.SMALL);
        retry.setAriaLabel("Try again: " + d.subject() + " to " + d.recipientEmail());
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
        tiles.add(Tiles.of(Tiles.tile(counts.pending(), "Waiting to be sent"), Tiles.tile(counts.sent(), "Sent"),
                Tiles.tile(counts.failed(), "Failed")));
    }
}
