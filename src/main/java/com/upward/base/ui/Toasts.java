package com.upward.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

import static com.upward.base.ui.Translations.tr;

/** Short confirmations and errors, the same everywhere. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.SUCCESS, 4000);
    }

    /** Errors stay until closed: the user may need to read them twice. */
    public static void error(String message) {
        var notification = new Notification();
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(tr("ui.toast.close"));
        var content = new HorizontalLayout(new Span(message), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
    }

    private static Notification show(String message, NotificationVariant variant, int durationMs) {
        var notification = new Notification(message, durationMs, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
        return notification;
    }
}
