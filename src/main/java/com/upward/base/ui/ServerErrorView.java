package com.upward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

import static com.upward.base.ui.Translations.tr;

/**
 * Shown instead of Vaadin's default when opening a page fails: with the database down "temporarily unavailable"
 * and a link to try the same page again, for anything else a generic message. It tells the router 503 or 500 (the
 * browser's page request itself answers 200: Vaadin renders the view in a follow-up request). No stack trace and no
 * exception text; the failure is logged once here. Without the main layout on purpose: the layout
 * reads the database too (the notification bell), and would fail again during an outage.
 */
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = tr("ui.server-error.title");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = event.getLocation().getPathWithQueryParameters();
        String message = Failures.logAndDescribe(parameter.getCaughtException(), "opening /" + path);
        if (Failures.isDatabaseOutage(parameter.getCaughtException())) {
            title = tr("ui.server-error.unavailable-title");
            show(VaadinIcon.PLUG, tr("ui.server-error.unavailable-heading"), message,
                    new Anchor(path, tr("ui.server-error.try-again")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        title = tr("ui.server-error.title");
        show(VaadinIcon.WARNING, tr("ui.server-error.heading"), message, homeLink());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
