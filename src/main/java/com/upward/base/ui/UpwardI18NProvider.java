package com.upward.base.ui;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.PersonalLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Upward's texts for Vaadin, and the locale of every new UI: the language the person chose on their profile, else
 * the first language of the browser's {@code Accept-Language} that Upward speaks, else English. The browser's region
 * is kept when its language is the one chosen, so that an English reader in Britain types dates as 20/2/2027.
 */
@Component
class UpwardI18NProvider implements I18NProvider, VaadinServiceInitListener {

    private static final String BROWSER_LANGUAGE_REMEMBERED = "upward.browser-language-remembered";

    private final transient ObjectProvider<PersonalLanguage> personal;

    UpwardI18NProvider(ObjectProvider<PersonalLanguage> personal,
                       @Value("${upward.i18n.pseudo-locale:false}") boolean pseudoLocale) {
        this.personal = personal;
        Messages.enablePseudoLocale(pseudoLocale);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        List<Locale> locales = new ArrayList<>(Messages.LANGUAGES);
        if (Messages.pseudoLocaleEnabled()) {
            locales.add(Messages.PSEUDO);
        }
        return Collections.unmodifiableList(locales);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.shared().format(locale, key, params);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            PersonalLanguage own = personal.getIfAvailable();
            VaadinRequest request = VaadinRequest.getCurrent();
            List<Locale> browser = request == null ? List.of() : Collections.list(request.getLocales());
            Optional<Locale> chosen = own == null ? Optional.empty() : own.ofSignedInPerson();
            Locale locale = resolve(chosen, browser);
            init.getUI().setLocale(locale);
            if (own != null && chosen.isEmpty()) {
                rememberOncePerSession(own, init.getUI().getSession(), locale);
            }
            translateConnectionIndicator(init.getUI(), locale);
        });
    }

    /** Emails follow the browser's language until the person chooses one: written down once per session. */
    private static void rememberOncePerSession(PersonalLanguage own, VaadinSession session, Locale locale) {
        String language = locale.getLanguage();
        if (!language.equals(session.getAttribute(BROWSER_LANGUAGE_REMEMBERED))
                && own.rememberBrowserLanguage(locale)) {
            session.setAttribute(BROWSER_LANGUAGE_REMEMBERED, language);
        }
    }

    /** The messages Vaadin shows when the connection drops and comes back, in the reader's language. */
    private static void translateConnectionIndicator(UI ui, Locale locale) {
        Messages messages = Messages.shared();
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1;"
                        + " indicator.reconnectingText = $2; }",
                messages.format(locale, "connection.online"), messages.format(locale, "connection.offline"),
                messages.format(locale, "connection.reconnecting"));
    }

    static Locale resolve(Optional<Locale> chosen, List<Locale> browser) {
        if (chosen.isPresent()) {
            String language = chosen.get().getLanguage();
            return browser.stream().filter(locale -> locale.getLanguage().equals(language)
                            && !locale.getCountry().isEmpty()).findFirst().orElse(chosen.get());
        }
        return browser.stream().filter(Messages::supports).findFirst().orElse(Messages.ENGLISH);
    }
}
