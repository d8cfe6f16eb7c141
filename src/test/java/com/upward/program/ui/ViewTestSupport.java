package com.upward.program.ui;

import com.vaadin.flow.component.notification.Notification;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads what the notifications of the current UI say (text notifications and component ones alike). */
final class ViewTestSupport {

    private ViewTestSupport() {
    }

    static List<String> texts(List<Notification> notifications) {
        return notifications.stream()
                .flatMap(n -> Stream.of(n.getElement().getProperty("text"), n.getElement().getTextRecursively()))
                .filter(Objects::nonNull).filter(t -> !t.isBlank()).toList();
    }
}
