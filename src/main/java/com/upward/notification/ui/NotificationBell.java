package com.upward.notification.ui;

import com.upward.base.ui.NavbarWidgets;
import com.upward.notification.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;

/** The bell in the navbar: the unread count, refreshed on every navigation; a click opens the inbox. */
@Component
class NotificationBell implements NavbarWidgets {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notifications);
    }

    /** One per UI. */
    static final class Bell extends Button implements RefreshOnNavigation {

        final Span count = new Span();
        private final NotificationService notifications;

        Bell(NotificationService notifications) {
            super(VaadinIcon.BELL.create());
            this.notifications = notifications;
            addThemeVariants(ButtonVariant.TERTIARY);
            addClassName("notification-bell");
            count.addClassName("bell-count");
            getElement().appendChild(count.getElement());
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
            refresh();
        }

        @Override
        public void refresh() {
            long unread = notifications.unreadCount();
            count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
            setTooltipText(unread == 0 ? "No unread notifications" : unread + " unread");
        }
    }
}
