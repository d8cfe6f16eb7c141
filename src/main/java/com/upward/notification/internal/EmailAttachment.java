package com.upward.notification.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file sent with an email of the outbox (a report's PDF), read only when the email is sent. */
@Entity
@Table(name = "email_attachment")
public class EmailAttachment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "email_id", nullable = false)
    private EmailOutbox email;
    @Column(nullable = false)
    private String fileName;
    @Column(nullable = false, length = 100)
    private String contentType;
    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected EmailAttachment() {
    }

    EmailAttachment(EmailOutbox email, String fileName, String contentType, byte[] content) {
        this.email = email;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    public EmailOutbox getEmail() { return email; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
}
