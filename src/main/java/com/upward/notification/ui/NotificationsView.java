package com.upward.notification.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Toasts;
import com.upward.notification.NotificationService;
import com.upward.notification.NotificationService.NotificationRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's notifications, newest first: open the thing, mark read, mark all read. */
@Route("notifications")
@PageTitle("Notifications")
@PermitAll
class NotificationsView extends Div {

    final Grid<NotificationRow> grid = new Grid<>(NotificationRow.class, false);
    final Button markAll = new Button("Mark all read");

    NotificationsView(NotificationService notifications) {
        addClassNames("page", "notifications-page");
        markAll.addThemeVariants(ButtonVariant.TERTIARY);
        markAll.addClickListener(e -> {
            int n = notifications.markAllRead();
            Toasts.success(n == 1 ? "1 notification marked read." : n + " notifications marked read.");
            grid.getDataProvider().refreshAll();
        });
        var head = new HorizontalLayout(new H2("Notifications"), markAll);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        var intro = new Paragraph("What happened around your mentoring: new pairs, check-ins, feedback, help requests.");
        intro.addClassName("page-intro");

        grid.addComponentColumn(n -> {
            var title = new Span(n.title());
            title.addClassName(n.read() ? "notification-read" : "notification-unread");
            var body = new Span(n.body() == null ? "" : n.body());
            body.addClassName("notification-body");
            var cell = new Div(title, body);
            cell.addClassName("notification-cell");
            return cell;
        }).setHeader("Notification").setFlexGrow(3);
        grid.addColumn(n -> Formats.instant(n.createdAt(), "")).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(n -> {
            var open = new Button("Open", e -> {
                notifications.markRead(n.id());
                getUI().ifPresent(ui -> ui.navigate(n.link() == null ? "" : n.link()));
            });
            open.addThemeVariants(ButtonVariant.SMALL);
            open.setAriaLabel("Open: " + n.title());
            var read = new Button("Mark read", e -> {
                notifications.markRead(n.id());
                grid.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            read.setAriaLabel("Mark read: " + n.title());
            read.setVisible(!n.read());
            return new HorizontalLayout(open, read);
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(notifications::mine);
        grid.setEmptyStateText("No notifications yet. You will hear here when you get a mentor, a check-in is due, "
                + "or feedback arrives.");
        grid.setAriaLabel("Notifications");
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        add(head, intro, grid);
    }
}
