package nl.hecht.shared.jobs;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;

/**
 * What a command-line import ({@link ImportCommand}) reads its options from and prints its report on, in the
 * language of {@code --hecht.import.language} (Dutch unless {@code en}).
 */
public final class ImportConsole {

    private final Environment environment;
    private final MessageSource messages;
    private final Locale locale;
    private final PrintStream out;

    public ImportConsole(Environment environment, MessageSource messages, Locale locale, PrintStream out) {
        this.environment = environment;
        this.messages = messages;
        this.locale = locale;
        this.out = out;
    }

    /** The option's value, empty when it is not given. */
    public String option(String name) {
        return environment.getProperty(name, "");
    }

    /** The option's value as the type, null when it is not given. */
    public <T> T option(String name, Class<T> type) {
        return environment.getProperty(name, type);
    }

    /** The message in the console's language; a key without a message is shown as itself. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** Prints a line of text. */
    public void print(String text) {
        out.println(text);
    }

    /** Prints a message on a line of its own. */
    public void printLine(String key, Object... arguments) {
        print(message(key, arguments));
    }

    /** Whether the file can be read; if not, says so with the module's message (which gets the file as argument). */
    public boolean readable(Path file, String missingKey) {
        if (Files.isReadable(file)) {
            return true;
        }
        printLine(missingKey, file);
        return false;
    }
}
