package com.upward.shell;

import com.upward.base.ui.ErrorPage;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import static com.upward.base.ui.Translations.tr;

@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    public AccessDeniedView() {
        super(VaadinIcon.LOCK, tr("shell.access-denied.heading"), tr("shell.access-denied.explanation"));
    }

    @Override
    public String getPageTitle() {
        return tr("shell.access-denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
