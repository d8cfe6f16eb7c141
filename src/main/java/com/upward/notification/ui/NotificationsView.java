package com.upward.notification.ui;

import com.upward.base.ui.Grids;
import com.upward.base.ui.ViewerTimeZone;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Markup;
import com.upward.base.ui.Toasts;
import com.upward.notification.internal.NotificationService;
import com.upward.notification.internal.NotificationService.NotificationRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import static com.upward.base.ui.Translations.tr;

/** The signed-in user's notifications, newest first: open the thing, mark read, mark all read. */
@Route("notifications")
@PermitAll
class NotificationsView extends Div implements HasDynamicTitle {

    final Grid<NotificationRow> grid = new Grid<>(NotificationRow.class, false);
    final Button markAll = new Button(tr("notification.inbox.mark-all"));

    NotificationsView(NotificationService notifications, ViewerTimeZone viewerZone) {
        ViewerTimeZone.Zone zone = viewerZone.current();
        addClassNames("page", "notifications-page");
        markAll.addThemeVariants(ButtonVariant.TERTIARY);
        markAll.addClickListener(e -> {
            int n = notifications.markAllRead();
            Toasts.success(tr("notification.inbox.marked", n));
            grid.getDataProvider().refreshAll();
        });
        var head = new HorizontalLayout(new H2(tr("notification.inbox.title")), markAll);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        var intro = new Paragraph(tr("notification.inbox.intro"));
        intro.addClassName("page-intro");

        // renderers, not components: a lazy grid builds its cells for every row it has fetched
        grid.addColumn(LitRenderer.<NotificationRow>of("""
                        <div class="notification-cell"><span class="${item.readClass}">${item.title}</span>\
                        <span class="notification-body">${item.body}</span></div>""")
                .withProperty("readClass", n -> n.read() ? "notification-read" : "notification-unread")
                .withProperty("title", NotificationRow::title)
                .withProperty("body", n -> n.body() == null ? "" : n.body()))
                .setHeader(tr("notification.inbox.notification")).setFlexGrow(3);
        // in the reader's own time zone (issue 25), named in the header
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), zone.id()))
                .setHeader(tr("notification.inbox.when", zone.name())).setAutoWidth(true).setFlexGrow(0);
        // the buttons' words are part of the template (in the reader's language), not sent with every row
        grid.addColumn(LitRenderer.<NotificationRow>of("""
                        <div class="notification-actions">
                          <vaadin-button theme="small" aria-label="${item.openLabel}" @click="${open}">%s</vaadin-button>
                          <vaadin-button theme="small tertiary" aria-label="${item.readLabel}" ?hidden="${item.read}"
                              @click="${markRead}">%s</vaadin-button>
                        </div>""".formatted(Markup.text(tr("notification.inbox.open")),
                        Markup.text(tr("notification.inbox.mark-read"))))
                .withProperty("openLabel", n -> tr("notification.inbox.open-label", n.title()))
                .withProperty("readLabel", n -> tr("notification.inbox.mark-read-label", n.title()))
                .withProperty("read", NotificationRow::read)
                .withFunction("open", n -> {
                    notifications.markRead(n.id());
                    getUI().ifPresent(ui -> RouteIds.navigate(ui, n.link() == null ? "" : n.link()));
                })
                .withFunction("markRead", n -> {
                    notifications.markRead(n.id());
                    grid.getDataProvider().refreshAll();
                }))
                .setHeader(tr("notification.inbox.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(notifications::mine);
        grid.setEmptyStateText(tr("notification.inbox.empty"));
        grid.setAriaLabel(tr("notification.inbox.title"));
        grid.setAllRowsVisible(false);
        Grids.fillPage(grid);
        add(head, intro, grid);
    }

    @Override
    public String getPageTitle() {
        return tr("notification.inbox.title");
    }
}
