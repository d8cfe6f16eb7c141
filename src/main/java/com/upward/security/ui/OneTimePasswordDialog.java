package com.upward.security.ui;

import com.upward.base.ui.Toasts;
import com.upward.directory.IssuedCredential;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import static com.upward.base.ui.Translations.tr;

/**
 * Shows a one-time password to the administrator, once: Upward keeps only its hash. The copy happens in the
 * browser during the click (clipboards need that), with a select-and-copy fallback where the page is not served
 * over HTTPS.
 */
class OneTimePasswordDialog extends Dialog {

    final TextField password;

    OneTimePasswordDialog(String title, IssuedCredential credential) {
        setHeaderTitle(title);
        setWidth("32rem");
        setCloseOnOutsideClick(false);

        var username = new TextField(tr("security.one-time-password.username"), credential.username(), "");
        username.setReadOnly(true);
        username.setWidthFull();
        password = new TextField(tr("security.one-time-password.password"), credential.oneTimePassword(), "");
        password.setReadOnly(true);
        password.addClassName("one-time-password");
        password.setWidthFull();

        var copy = new Button(tr("security.one-time-password.copy"), VaadinIcon.COPY.create());
        copy.setAriaLabel(tr("security.one-time-password.copy-label"));
        copy.getElement().executeJs("""
                const text = $0, field = $1;
                this.addEventListener('click', () => {
                  if (navigator.clipboard && window.isSecureContext) {
                    navigator.clipboard.writeText(text);
                  } else {
                    field.inputElement.select();
                    document.execCommand('copy');
                  }
                });""", credential.oneTimePassword(), password.getElement());
        copy.addClickListener(e -> Toasts.success(tr("security.one-time-password.copied")));
        var row = new HorizontalLayout(password, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        add(new Paragraph(tr("security.one-time-password.intro", credential.displayName())),
                username, row);

        var done = new Button(tr("security.one-time-password.done"), e -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                done.focus();
            }
        });
    }
}
