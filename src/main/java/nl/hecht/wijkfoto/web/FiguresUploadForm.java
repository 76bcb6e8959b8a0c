package nl.hecht.wijkfoto.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/** A CSV file of figures per neighbourhood (R041). */
record FiguresUploadForm(MultipartFile file) {

    /** Larger files are refused before they are read. */
    static final long MAX_BYTES = 1024 * 1024;

    boolean isEmpty() {
        return file == null || file.isEmpty();
    }

    boolean isTooLarge() {
        return file != null && file.getSize() > MAX_BYTES;
    }

    String content() {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
