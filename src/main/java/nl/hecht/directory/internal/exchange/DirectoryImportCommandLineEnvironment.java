package nl.hecht.directory.internal.exchange;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A command-line import of the sociale kaart ({@link DirectoryImportCommandLine}) opens no HTTP port. Registered in
 * {@code META-INF/spring.factories}.
 */
public class DirectoryImportCommandLineEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("hecht.import.directory", "").isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("hechtDirectoryImportCommandLine",
                    Map.of("server.port", "-1")));
        }
    }
}
