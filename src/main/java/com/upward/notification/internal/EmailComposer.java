package com.upward.notification.internal;

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
import java.util.Locale;
import java.util.Map;

/**
 * Turns a message into an email from the templates under {@code templates/email/}: an HTML part (Thymeleaf escapes
 * every value, so a name can never inject markup) and a plain-text part, both with a link back to the portal and
 * to the email settings in the profile.
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
        return engine;
    }

    /**
     * An email about the account itself, sent whatever the person's email settings (a password reset link): no
     * notification under the bell, and no "you get this because" footer. {@code model} adds the template's own
     * values to recipient, title, body, link and link text.
     */
    EmailOutbox composeAccountEmail(AppUser recipient, String title, String body, String path, String linkText,
                                    String template, Map<String, Object> values) {
        Map<String, Object> model = model(recipient, title, body, path, values);
        model.put("linkText", linkText);
        return email(recipient, title, template, model);
    }

    EmailOutbox compose(AppUser recipient, Message message, Notification notification) {
        Map<String, Object> model = model(recipient, message.title(), message.body(),
                message.link() == null ? "" : message.link(), message.emailModel());
        model.put("settingsUrl", portalUrl + "profile");
        model.put("typeLabel", message.type().label());
        var email = email(recipient, message.title(), message.emailTemplate(), model);
        email.setNotification(notification);
        if (message.calendarEntry() != null) {
            email.setIcsAttachment(invites.ics(message.calendarEntry(), model.get("linkUrl").toString()));
        }
        return email;
    }

    /** What every email shows: the greeting, title, text and the link into the portal, plus the template's own. */
    private Map<String, Object> model(AppUser recipient, String title, String body, String path,
                                      Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("recipientName", recipient.getDisplayName());
        model.put("title", title);
        model.put("body", body);
        model.put("linkUrl", portalUrl + path);
        return model;
    }

    private EmailOutbox email(AppUser recipient, String subject, String template, Map<String, Object> model) {
        var context = new Context(Locale.ENGLISH, model);
        return new EmailOutbox(recipient.getEmail(), subject, html.process(template, context),
                text.process(template, context), EmailOutbox.now(clock));
    }
}
