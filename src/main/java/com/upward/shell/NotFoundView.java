package com.upward.shell;

import com.upward.base.ui.ErrorPage;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import static com.upward.base.ui.Translations.tr;

@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException>,
        HasDynamicTitle {

    public NotFoundView() {
        super(VaadinIcon.SEARCH, tr("shell.not-found.heading"), tr("shell.not-found.explanation"));
    }

    @Override
    public String getPageTitle() {
        return tr("shell.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
