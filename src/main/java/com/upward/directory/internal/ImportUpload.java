package com.upward.directory.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An uploaded HRIS file on its way to the reader: streamed into a temporary file, never more than {@link #MAX_BYTES}.
 * The browser checks the same limit, but a browser can be told otherwise; this is the check that holds.
 */
public final class ImportUpload {

    /** The largest file the import takes, in the browser and on the server. */
    public static final int MAX_BYTES = 30 * 1024 * 1024;
    static final Text TOO_LARGE = Text.of("directory.import.too-large", MAX_BYTES / (1024 * 1024));

    private ImportUpload() {
    }

    /**
     * Copies an upload into a new temporary file (readable by this process only) and returns it; the caller deletes
     * it. Refuses an upload that declares or turns out to be over the limit, reading at most one byte past it, and
     * leaves no file behind.
     *
     * @param declaredLength the length the request announced, or -1 when unknown
     */
    public static Path receive(InputStream upload, long declaredLength) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        Path file = Files.createTempFile("upward-import-", ".csv");
        try {
            long copied;
            try (InputStream bounded = BoundedInputStream.builder().setInputStream(upload)
                    .setMaxCount(MAX_BYTES + 1L).setPropagateClose(false).get()) {
                copied = Files.copy(bounded, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (copied > MAX_BYTES) {
                throw tooLarge();
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Deletes a received file; a file that cannot be deleted is left to the system's temporary-file cleaning. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    static BusinessRuleException tooLarge() {
        return new BusinessRuleException(null, TOO_LARGE);
    }
}
