package nl.hecht.area.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A command-line import ({@link ImportCommandLine}) needs no HTTP port: this keeps it from opening one (and from
 * clashing with a running Hecht). The web application context itself is still created ({@code server.port=-1}),
 * because other modules' configuration (security) expects one. Registered in {@code META-INF/spring.factories}.
 */
public class ImportCommandLineEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean importing = !environment.getProperty("hecht.import.cbs", "").isBlank()
                || !environment.getProperty("hecht.import.geojson", "").isBlank();
        if (importing) {
            environment.getPropertySources().addFirst(new MapPropertySource("hechtImportCommandLine",
                    Map.of("server.port", "-1")));
        }
    }
}
