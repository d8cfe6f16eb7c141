package com.upward.notification.internal;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then provides a {@link JavaMailSender}); otherwise every
 * email is written to the log instead, which is what the embedded demo run does.
 */
@Configuration
class MailTransports {

    private static final Logger log = LoggerFactory.getLogger(MailTransports.class);
    static final String ICS_FILE = "upward-reminder.ics";

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, @Value("${upward.mail.from}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host): emails are written to the log, not sent.");
            return email -> log.info("Email not sent (no SMTP server configured) to {}: {}\n{}",
                    email.getRecipientEmail(), email.getSubject(), email.getTextBody());
        }
        return email -> smtp.send(mime(smtp, from, email));
    }

    /**
     * A multipart/alternative of the text and HTML parts, plus the calendar file and the attached files (a report)
     * when there are.
     */
    static MimeMessage mime(JavaMailSender smtp, String from, EmailOutbox email) throws Exception {
        MimeMessage mime = smtp.createMimeMessage();
        var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(email.getRecipientEmail());
        helper.setSubject(email.getSubject());
        helper.setText(email.getTextBody(), email.getHtmlBody());
        if (email.getIcsAttachment() != null) {
            helper.addAttachment(ICS_FILE, new ByteArrayResource(email.getIcsAttachment()
                    .getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        for (EmailAttachment file : email.getAttachments()) {
            helper.addAttachment(file.getFileName(), new ByteArrayResource(file.getContent()), file.getContentType());
        }
        return mime;
    }
}
