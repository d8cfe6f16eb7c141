package com.upward.notification.internal;

import com.upward.base.i18n.Messages;
import com.upward.security.AppUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a message into an email from the templates under {@code templates/email/}: an HTML part (Thymeleaf escapes
 * every value, so a name can never inject markup) and a plain-text part, both with a link back to the portal and
 * to the email settings in the profile. Written in the recipient's language: the texts of the templates are
 * {@code #{key}} messages of Upward's bundles ({@link BundleMessageResolver}).
 */
@Component
class EmailComposer {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final String portalUrl;
    private final CalendarInvites invites;
    private final Clock clock;

    EmailComposer(@Value("${upward.mail.portal-url}") String portalUrl, CalendarInvites invites, Clock clock) {
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.invites = invites;
        this.clock = clock;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/email/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        return engine;
    }

    /**
     * An email about the account itself, sent whatever the person's email settings (a password reset link): no
     * notification under the bell, and no "you get this because" footer. {@code values} adds the template's own
     * values to recipient, title, body, link and link text; all texts in the recipient's language.
     */
    EmailOutbox composeAccountEmail(AppUser recipient, Message.Text title, Message.Text body, String path,
                                    Message.Text linkText, String template, Map<String, Object> values) {
        RecipientLanguage language = RecipientLanguage.of(recipient);
        String subject = language.text(title);
        Map<String, Object> model = model(recipient, language, subject, language.text(body), path, values);
        model.put("linkText", language.text(linkText));
        return email(recipient, language, subject, template, model);
    }

    /** The notification's email, in the recipient's language. */
    EmailOutbox compose(AppUser recipient, Message message, Notification notification) {
        RecipientLanguage language = RecipientLanguage.of(recipient);
        String subject = language.text(message.title());
        Map<String, Object> model = model(recipient, language, subject, language.text(message.body()),
                message.link() == null ? "" : message.link(), message.emailModel());
        model.put("settingsUrl", portalUrl + "profile");
        model.put("typeLabel", Messages.shared().format(language.locale(), "email.type." + message.type().name()));
        var email = email(recipient, language, subject, message.emailTemplate(), model);
        email.setNotification(notification);
        if (message.calendarEntry() != null) {
            email.setIcsAttachment(invites.ics(message.calendarEntry(), language, model.get("linkUrl").toString()));
        }
        return email;
    }

    /**
     * What every email shows: the greeting, title, text and the link into the portal, plus the template's own;
     * {@code reader} writes dates in the recipient's format.
     */
    private Map<String, Object> model(AppUser recipient, RecipientLanguage language, String title, String body,
                                      String path, Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("recipientName", recipient.getDisplayName());
        model.put("title", title);
        model.put("body", body);
        model.put("linkUrl", portalUrl + path);
        model.put("reader", language);
        return model;
    }

    /** The templates run in the recipient's locale: their {@code #{…}} texts and the page's language follow it. */
    private EmailOutbox email(AppUser recipient, RecipientLanguage language, String subject, String template,
                              Map<String, Object> model) {
        var context = new Context(language.locale(), model);
        return new EmailOutbox(recipient.getEmail(), subject, html.process(template, context),
                text.process(template, context), EmailOutbox.now(clock));
    }
}
