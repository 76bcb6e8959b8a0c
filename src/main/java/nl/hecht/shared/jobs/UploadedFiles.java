package nl.hecht.shared.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The temporary file an upload is kept in until its job has read it, and the name the user gave it. */
public final class UploadedFiles {

    private static final Logger log = LoggerFactory.getLogger(UploadedFiles.class);
    private static final int MAX_FILE_NAME = 255;

    private UploadedFiles() {
    }

    /** The name the browser gives, without any folder, within the column's length; null when there is none. */
    public static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    /** Deletes a temporary file, if any; a file that will not go is logged, not thrown about. */
    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary import file {}", file);
        }
    }
}
