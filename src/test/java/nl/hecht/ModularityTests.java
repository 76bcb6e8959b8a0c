package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module borders of Hecht: every module may use only what another module exposes at its package root, along the
 * dependencies its {@code package-info.java} allows, and no cycles. Also writes the module documentation (C4 and
 * module diagrams in PlantUML, one canvas per module) under {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HechtApplication.class);

    @Test
    void modulesKeepTheirBorders() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsAPackageDirectlyUnderNlHecht() {
        assertThat(MODULES.stream()).isNotEmpty()
                .allSatisfy(module -> assertThat(module.getBasePackage().getName()).matches("nl\\.hecht\\.[a-z]+"));
        assertThat(MODULES.getModuleByName("identity")).isPresent();
        assertThat(MODULES.getModuleByName("shared")).isPresent();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        Documenter documenter = new Documenter(MODULES);
        documenter.writeDocumentation();

        Path folder = Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
        });
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).contains("all-docs.adoc");
        }
    }
}
