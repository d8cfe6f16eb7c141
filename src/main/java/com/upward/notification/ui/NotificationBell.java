package com.upward.notification.ui;

import com.upward.base.ui.NavbarWidgets;
import com.upward.notification.internal.NotificationService;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.stereotype.Component;

import static com.upward.base.ui.Translations.tr;

/**
 * The bell in the navbar: the unread count, refreshed on every navigation; a click opens the inbox. One link element
 * routed in the browser; the count is an attribute the stylesheet draws as a badge, the label says it in words.
 */
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
    static final class Bell extends Anchor implements RefreshOnNavigation {

        static final String UNREAD = "data-unread";
        private final NotificationService notifications;

        Bell(NotificationService notifications) {
            this.notifications = notifications;
            setHref("notifications");
            getElement().setAttribute("router-link", true);
            addClassName("notification-bell");
            getElement().setProperty("innerHTML", "<vaadin-icon icon=\"vaadin:bell\" aria-hidden=\"true\"></vaadin-icon>");
            refresh();
        }

        @Override
        public void refresh() {
            long unread = notifications.unreadCount();
            if (unread == 0) {
                getElement().removeAttribute(UNREAD);
            } else {
                getElement().setAttribute(UNREAD, unread > 99 ? "99+" : String.valueOf(unread));
            }
            setAriaLabel(tr("notification.bell.label", unread));
            getElement().setAttribute("title", tr("notification.bell.title", unread));
        }
    }
}
