package nl.hecht.shared.jobs;

import java.util.List;

import org.springframework.core.env.Environment;

/**
 * An import that runs from the command line, through the same import as its page: a module offers one as a bean, and
 * {@link ImportCommandLine} runs it when one of its options is given, prints its report and exits. Its
 * {@link Options} are also listed in {@code META-INF/spring.factories}, because {@link ImportCommandLineEnvironment}
 * must know them before the application starts, to keep the HTTP port closed.
 */
public interface ImportCommand {

    /** The options any one of which (not blank) asks for a module's import, such as {@code hecht.import.cbs}. */
    interface Options {

        List<String> names();

        /** Whether the environment asks for this import. */
        default boolean requested(Environment environment) {
            return names().stream().anyMatch(name -> !environment.getProperty(name, "").isBlank());
        }
    }

    Options options();

    /** Runs the import the options ask for, prints its report on the console, and says whether it succeeded. */
    boolean run(ImportConsole console);
}
