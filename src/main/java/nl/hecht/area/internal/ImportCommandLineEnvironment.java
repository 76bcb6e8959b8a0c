package nl.hecht.area.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A command-line import ({@link ImportCommandLine}) needs no web server: this keeps it from starting one (and from
 * taking the port of a running Hecht). Registered in {@code META-INF/spring.factories}.
 */
public class ImportCommandLineEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean importing = !environment.getProperty("hecht.import.cbs", "").isBlank()
                || !environment.getProperty("hecht.import.geojson", "").isBlank();
        if (importing && !environment.containsProperty("spring.main.web-application-type")) {
            environment.getPropertySources().addLast(new MapPropertySource("hechtImportCommandLine",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
