package nl.hecht.shared.jobs;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A command-line import ({@link ImportCommandLine}) needs no HTTP port: this keeps it from opening one (and from
 * clashing with a running Hecht). The web application context itself is still created ({@code server.port=-1}),
 * because other modules' configuration (security) expects one. Which options ask for an import, each module lists in
 * {@code META-INF/spring.factories} as an {@link ImportCommand.Options}; this class is registered there too.
 */
public class ImportCommandLineEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean importing = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(ImportCommand.Options.class).stream().anyMatch(options -> options.requested(environment));
        if (importing) {
            environment.getPropertySources().addFirst(new MapPropertySource("hechtImportCommandLine",
                    Map.of("server.port", "-1")));
        }
    }
}
