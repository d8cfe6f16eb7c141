package com.upward.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;

/**
 * The session's handler for exceptions from clicks and other UI events that no view caught: logged once, and the
 * user reads a short notification (the outage message or a generic one) and stays on the page, with what they
 * typed still there. Vaadin's default would log and swap the page for an error view.
 */
final class UiErrorHandler extends DefaultErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = findRelevantThrowable(event.getThrowable());
        if (!shouldHandle(failure)) {
            return; // a browser tab closed mid-request and the like, as Vaadin's default handler ignores them
        }
        String message = Failures.logAndDescribe(failure, "handling a UI event");
        if (UI.getCurrent() != null) {
            Toasts.error(message);
        }
    }
}
