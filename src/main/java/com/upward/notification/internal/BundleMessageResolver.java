package com.upward.notification.internal;

import com.upward.base.i18n.Messages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * {@code #{key}} and {@code #{key(${argument})}} in the email templates: the pattern from Upward's message bundles
 * in the email's language (the template context's locale, the recipient's), formatted with ICU like every other
 * text. Dates among the arguments are written as the reader writes them.
 */
class BundleMessageResolver extends AbstractMessageResolver {

    BundleMessageResolver() {
        setName("upward-bundles");
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        if (!Messages.shared().has(key)) {
            return null;
        }
        RecipientLanguage language = RecipientLanguage.of(context.getLocale());
        return Messages.shared().format(language.locale(), key, language.arguments(messageParameters));
    }

    /** A key no bundle has shows as itself between exclamation marks, as {@link Messages} does. */
    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        return "!" + key + "!";
    }
}
