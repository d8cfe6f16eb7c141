package com.upward.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, the same everywhere. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.SUCCESS, 4000);
    }

    /** Errors stay until closed: the user may need to read them twice. */
    public static void error(String message) {
        var notification = show(message, NotificationVariant.ERROR, 0);
        notification.addClickListener(e -> notification.close());
    }

    private static Notification show(String message, NotificationVariant variant, int durationMs) {
        var notification = new Notification(message, durationMs, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
        return notification;
    }
}
