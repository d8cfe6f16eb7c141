package com.upward.security.ui;

import com.upward.base.i18n.Messages;
import com.upward.base.ui.Translations;
import com.upward.security.internal.MyAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/**
 * The language of one's screens, emails and reports. Choosing reloads the page, so that everything on it, the menu
 * included, is in the new language at once.
 */
class LanguageSection extends Div {

    /** The choice "follow the browser", beside the languages themselves. */
    static final String BROWSER = "browser";

    final Select<String> language = new Select<>();

    LanguageSection(MyAccountService myAccount) {
        addClassName("profile-section");
        List<String> choices = new ArrayList<>(List.of(BROWSER));
        Messages.LANGUAGES.forEach(locale -> choices.add(locale.toLanguageTag()));
        language.setLabel(tr("security.profile.language.label"));
        language.setItems(choices);
        language.setItemLabelGenerator(choice -> BROWSER.equals(choice)
                ? tr("language.browser", ownName(browserLanguage()))
                : ownName(Locale.forLanguageTag(choice)));
        language.setValue(myAccount.myLanguage().map(Locale::toLanguageTag).orElse(BROWSER));
        language.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            myAccount.chooseMyLanguage(BROWSER.equals(change.getValue()) ? Optional.empty()
                    : Optional.of(Locale.forLanguageTag(change.getValue())));
            UI.getCurrent().getPage().reload();
        });
        add(new H3(tr("security.profile.language.title")),
                new Paragraph(tr("security.profile.language.intro")), language);
    }

    /** A language named in itself ("Deutsch"), as people look for their own. */
    private static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Locale browserLanguage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        List<Locale> browser = request == null ? List.of() : Collections.list(request.getLocales());
        return browser.stream().filter(Messages::supports).findFirst()
                .map(locale -> Locale.forLanguageTag(locale.getLanguage())).orElse(Translations.locale());
    }
}
