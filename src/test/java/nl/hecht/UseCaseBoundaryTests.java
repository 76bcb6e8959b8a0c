package nl.hecht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCaseCatalogue;
import nl.hecht.shared.usecase.UseCaseDescription;

/**
 * The one use-case boundary of Hecht (R043 and every access rule after it): every use case is
 * listed with its policy (written to {@code target/use-cases.md}), access is decided nowhere else, and controllers
 * reach their module only through its application services. A public method of an application service without
 * {@code @UseCase} stops the application from starting ({@code UseCaseMechanismTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class UseCaseBoundaryTests {

    private static final JavaClasses HECHT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.hecht");

    @Autowired
    UseCaseCatalogue catalogue;

    @Test
    void everyUseCaseIsListedWithItsPolicy() throws IOException {
        List<UseCaseDescription> useCases = catalogue.useCases();
        assertThat(useCases).hasSizeGreaterThan(50);
        assertThat(useCases).allSatisfy(useCase -> assertThat(catalogue.policies()).containsKey(useCase.policy()));
        assertThat(useCases.stream().map(useCase -> useCase.service().getPackageName().split("\\.")[2]).distinct())
                .contains("identity", "area", "network", "directory");
        String listing = useCases.stream()
                .sorted(java.util.Comparator.comparing(UseCaseDescription::name))
                .map(useCase -> "| `" + useCase.name() + "` | `" + useCase.policy() + "` | " + useCase.auditPurpose()
                        + " |")
                .collect(Collectors.joining("\n", "| use case | policy | audit purpose |\n|---|---|---|\n", "\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "use-cases.md"), listing);
    }

    @Test
    void accessIsDecidedOnlyByTheBoundary() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.security.access.prepost.PreAuthorize")
                .because("access is decided by @UseCase policies, not by @PreAuthorize").check(HECHT);
        noClasses().that().resideOutsideOfPackage("nl.hecht.shared.usecase..")
                .should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.security.access.AccessDeniedException")
                .because("a refusal is a policy's DENIED verdict").check(HECHT);
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName(
                        "org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity")
                .because("no second mechanism next to the use-case boundary").check(HECHT);
    }

    @Test
    void controllersReachTheirModuleOnlyThroughApplicationServices() {
        List<String> problems = new ArrayList<>();
        for (var javaClass : HECHT) {
            Class<?> type = javaClass.reflect();
            if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
                continue;
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    if (!allowedForAController(type, parameter)) {
                        problems.add(type.getName() + " takes " + parameter.getName());
                    }
                }
            }
        }
        assertThat(problems).as("controllers that take something other than an application service").isEmpty();
    }

    /** An application service, anything of shared or outside Hecht, or a class of the controller's own package. */
    private static boolean allowedForAController(Class<?> controller, Class<?> parameter) {
        String name = parameter.getName();
        return !name.startsWith("nl.hecht.") || name.startsWith("nl.hecht.shared.")
                || parameter.getPackageName().equals(controller.getPackageName())
                || AnnotatedElementUtils.hasAnnotation(parameter, ApplicationService.class);
    }
}
