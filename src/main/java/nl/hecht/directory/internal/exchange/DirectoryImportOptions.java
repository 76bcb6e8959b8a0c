package nl.hecht.directory.internal.exchange;

import java.util.List;

import nl.hecht.shared.jobs.ImportCommand;

/**
 * The option that asks for a command-line import of the sociale kaart ({@link DirectoryImportCommand}). Listed in
 * {@code META-INF/spring.factories}.
 */
public final class DirectoryImportOptions implements ImportCommand.Options {

    static final String FILE = "hecht.import.directory";

    @Override
    public List<String> names() {
        return List.of(FILE);
    }
}
