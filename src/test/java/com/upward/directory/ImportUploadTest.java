package com.upward.directory;

import com.upward.base.BusinessRuleException;
import com.upward.directory.internal.ImportUpload;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's own size limit for an upload (the view's test streams 200 MB through it). */
class ImportUploadTest {

    @Test
    void anUploadWithinTheLimitIsKeptInATemporaryFileAsSent() throws IOException {
        byte[] content = "employee_number,first_name\nE1,Zoë\n".getBytes(StandardCharsets.UTF_8);

        Path file = ImportUpload.receive(new ByteArrayInputStream(content), content.length);
        try {
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
        } finally {
            ImportUpload.delete(file);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void anUploadDeclaredOverTheLimitIsRefusedWithoutReadingIt() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the upload was read");
            }
        };

        assertThatThrownBy(() -> ImportUpload.receive(unread, ImportUpload.MAX_BYTES + 1L))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The file is larger than 30 MB. Split it into smaller files and import them one after"
                        + " the other.");
    }

    @Test
    void anUploadOfExactlyTheLimitIsTaken() throws IOException {
        Path file = ImportUpload.receive(new ByteArrayInputStream(new byte[ImportUpload.MAX_BYTES]), -1);
        try {
            assertThat(Files.size(file)).isEqualTo(ImportUpload.MAX_BYTES);
        } finally {
            ImportUpload.delete(file);
        }
    }
}
