package nl.hecht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Hecht: the platform of hechte wijkverbanden (neighbourhood care networks) and their region.
 * A modular monolith; the modules are the direct sub-packages, verified by {@code ModularityTests}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HechtApplication {

    public static void main(String[] args) {
        SpringApplication.run(HechtApplication.class, args);
    }
}
