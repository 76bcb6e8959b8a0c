package nl.hecht.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import nl.hecht.HechtApplication;

/**
 * Every migration follows {@link MigrationScheme}, so that a new migration of any module sorts after every existing
 * one (a later migration of an early module would otherwise sort below an applied one, and Flyway would refuse or skip
 * it on every existing database).
 */
class MigrationNamesTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** The application's modules: a new module may add migrations without editing this test. */
    private static final Set<String> MODULES = ApplicationModules.of(HechtApplication.class).stream()
            .map(module -> module.getIdentifier().toString()).collect(java.util.stream.Collectors.toSet());

    @Test
    void everyMigrationIsNamedByTheMomentItWasWrittenAndItsModule() throws IOException {
        List<String> names = migrations();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            var parsed = MigrationScheme.parse(name);
            assertThat(parsed).as("%s is named V<yyyyMMddHHmm>__<module>_<what>.sql", name).isPresent();
            assertThat(parsed.get().version()).as(name).isGreaterThanOrEqualTo(MigrationScheme.FIRST_VERSION);
            assertThat(MODULES).as("the module of %s", name).contains(parsed.get().module());
        }
        assertThat(names.stream().map(name -> MigrationScheme.parse(name).get().version()).distinct())
                .as("two migrations share a version").hasSize(names.size());
    }

    /**
     * A migration added since the previous commit sorts after every migration of that commit (skipped where the
     * checkout has no git history, e.g. a source archive, and for the commit that renumbered the old migrations).
     */
    @Test
    void aNewMigrationSortsAfterEveryMigrationOfThePreviousCommit() throws IOException, InterruptedException {
        List<String> before = git("ls-tree", "--name-only", "HEAD~1", MIGRATIONS + "/");
        if (before == null || before.isEmpty() || before.stream().map(path -> Path.of(path).getFileName().toString())
                .anyMatch(name -> MigrationScheme.parse(name).isEmpty())) {
            return; // no history, or the previous commit is the one before the scheme's one renumbering
        }
        long latestBefore = before.stream().map(path -> Path.of(path).getFileName().toString())
                .map(MigrationScheme::parse).flatMap(java.util.Optional::stream)
                .mapToLong(MigrationScheme.Name::version).max().orElse(0);
        Set<String> earlier = Set.copyOf(before.stream().map(path -> Path.of(path).getFileName().toString()).toList());
        for (String name : migrations()) {
            if (!earlier.contains(name)) {
                assertThat(MigrationScheme.parse(name).orElseThrow().version())
                        .as("%s is new and must sort after every migration of the previous commit", name)
                        .isGreaterThan(latestBefore);
            }
        }
    }

    @Test
    void versionsOfTheOldNumberingAreRecognised() {
        assertThat(MigrationScheme.isOfAnEarlierBuild("1")).isTrue();
        assertThat(MigrationScheme.isOfAnEarlierBuild("36")).isTrue();
        assertThat(MigrationScheme.isOfAnEarlierBuild("202612041300")).isFalse();
        assertThat(MigrationScheme.parse("V36__network_service_area_in_region.sql")).isEmpty();
        assertThat(MigrationScheme.parse("V202612041300__shared_event_publication.sql")).hasValueSatisfying(
                name -> assertThat(name.module()).isEqualTo("shared"));
    }

    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted()
                    .toList();
        }
    }

    /** The lines git prints, or null when there is no git or no such commit. */
    private static List<String> git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException noGit) {
            return null;
        }
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return null;
        }
        return lines;
    }
}
