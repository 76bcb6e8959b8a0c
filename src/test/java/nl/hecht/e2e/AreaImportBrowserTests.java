package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.area.internal.DemoGeography;

/**
 * An administrator imports the CBS files of the demo region through the admin page (the key figures CSV
 * with a year, then the map as GeoJSON), follows the progress and reads the report; a broken file gives a report of
 * its rejected lines with their line numbers and changes nothing.
 * <p>
 * The demo region's own figures (2024) stay as they are: the key figures go in as 2023, which this class removes
 * again, and the map is the one already there, so the later tests in this JVM see the demo data unchanged.
 */
class AreaImportBrowserTests extends BrowserTest {

    /** A year the demo data has no figures for. */
    private static final int IMPORT_YEAR = DemoGeography.YEAR - 1;
    /** Areas in the demo files: 2 municipalities, 10 districts, 60 neighbourhoods. */
    private static final int DEMO_AREAS = 72;
    /** The import takes its time over a file this long, so its progress is there to see. */
    private static final int LONG_FILE_EXTRA_ROWS = 60_000;
    private static final double IMPORT_TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path folder;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheImportedYear() {
        jdbc.update("delete from area_key_figures where figures_year = ? and area_code like '__99%'", IMPORT_YEAR);
    }

    @Test
    void anAdministratorImportsTheDemoFilesAndReadsTheReport() {
        List<Path> files = DemoGeography.regioVoorbeeld().writeTo(folder);
        loginAs(DemoUser.ADMIN);
        visit("/admin/areas");
        assertAccessible(page);

        page.getByLabel("CSV-bestand").setInputFiles(files.get(0));
        page.getByLabel("Jaar van de cijfers").fill(String.valueOf(IMPORT_YEAR));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kerncijfers importeren")).click();

        assertThat(page).hasURL(Pattern.compile(".*/admin/areas/imports/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Kerncijfers importeren");
        assertThat(page.locator("main")).containsText("Jaar van de cijfers: " + IMPORT_YEAR);
        awaitReport();
        assertThat(page.locator("#import-result")).hasText("De import is gelukt.");
        assertThat(count("Regels of objecten gelezen")).hasText(String.valueOf(DEMO_AREAS));
        assertThat(count("Nieuw")).hasText(String.valueOf(DEMO_AREAS));
        assertThat(page.locator("#import-unknown-columns")).containsText("a_man");
        assertThat(page.locator("#import-rejected")).hasCount(0);
        assertAccessible(page);
        assertThat(figures(IMPORT_YEAR)).isEqualTo(DEMO_AREAS);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nog een bestand importeren")).click();
        assertThat(page.locator("#area-years")).containsText(String.valueOf(IMPORT_YEAR));
        page.getByLabel("GeoJSON-bestand").setInputFiles(files.get(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaart importeren")).click();

        assertThat(page.locator("h1")).hasText("Kaart importeren");
        awaitReport();
        assertThat(page.locator("#import-result")).hasText("De import is gelukt.");
        assertThat(count("Regels of objecten gelezen")).hasText(String.valueOf(DEMO_AREAS));
        // the outlines are the demo region's own: an import of the same map changes nothing
        assertThat(count("Ongewijzigd")).hasText(String.valueOf(DEMO_AREAS));
        assertAccessible(page);
    }

    @Test
    void aLongBrokenFileShowsTheProgressThenALineNumberedReportAndChangesNothing() throws IOException {
        String before = demoRegionState();
        Path broken = brokenCsv();
        loginAs(DemoUser.ADMIN);
        visit("/admin/areas");

        page.getByLabel("CSV-bestand").setInputFiles(broken);
        page.getByLabel("Jaar van de cijfers").fill(String.valueOf(DemoGeography.YEAR));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kerncijfers importeren")).click();

        // a file of this length takes a while: the page shows how far the import is and keeps itself up to date
        Locator progress = page.locator("#import-progress");
        assertThat(progress).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Voortgang van de import");
        assertAccessible(page);
        awaitReport();
        assertThat(progress).hasCount(0);

        assertThat(page.locator("#import-result")).containsText("De import is mislukt. Er is niets gewijzigd.");
        Locator rejected = page.locator("#import-rejected tbody tr");
        assertThat(rejected).hasCount(2);
        assertThat(rejected.nth(0).locator("td").nth(0)).hasText("6");
        assertThat(rejected.nth(0).locator("td").nth(1)).hasText("Kolom a_inw: ‘veel’ is geen getal.");
        assertThat(rejected.nth(1).locator("td").nth(0)).hasText(String.valueOf(duplicateLine()));
        assertThat(rejected.nth(1).locator("td").nth(1)).hasText("De code BU99010102 staat ook al op regel 5.");
        assertAccessible(page);

        assertThat(demoRegionState()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from area where code like 'BU97%'", Integer.class)).isZero();
    }

    /** Waits until the page shows the report: the import has ended and the page has stopped asking. */
    private void awaitReport() {
        assertThat(page.locator("#import-result"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(IMPORT_TIMEOUT_MILLIS));
    }

    /** The number in the report's counts table on the row of this heading. */
    private Locator count(String heading) {
        return page.locator("#import-counts tr").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(heading).setExact(true)))).locator("td");
    }

    private int figures(int year) {
        return jdbc.queryForObject("select count(*) from area_key_figures where figures_year = ? "
                + "and area_code like '__99%'", Integer.class, year);
    }

    /** The demo region's areas and figures as stored. */
    private String demoRegionState() {
        return jdbc.queryForList("select code, name from area where code like '__99%' order by code").toString()
                + jdbc.queryForList("select * from area_key_figures where area_code like '__99%' "
                        + "order by area_code, figures_year").toString();
    }

    /**
     * The demo CSV, long as a national file: the demo region with new figures for Binnenstad (line 4, which must not
     * be written) and a value that is no number for Stationskwartier (line 6), then many neighbourhoods of test
     * municipalities (GM97..), and Marktkwartier (line 5) once more at the end.
     */
    private Path brokenCsv() throws IOException {
        List<String> lines = new ArrayList<>(List.of(new String(DemoGeography.regioVoorbeeld().csv(),
                StandardCharsets.UTF_8).split("\r\n")));
        assertThat(lines.get(3)).startsWith("BU99010101;");
        assertThat(lines.get(4)).startsWith("BU99010102;");
        assertThat(lines.get(5)).startsWith("BU99010103;");
        lines.set(3, lines.get(3).replace(";2910;", ";2999;"));
        lines.set(5, lines.get(5).replace(";3240;", ";veel;"));
        String marktkwartier = lines.get(4);
        for (int i = 0; i < LONG_FILE_EXTRA_ROWS; i++) {
            String code = String.format(Locale.ROOT, "BU97%02d%02d%02d", 1 + i / (99 * 99), 1 + i / 99 % 99,
                    1 + i % 99);
            lines.add(marktkwartier.replace("BU99010102", code).replace("99010102", code.substring(2))
                    .replace("Marktkwartier", "Proefbuurt " + i));
        }
        lines.add(marktkwartier);
        return Files.writeString(folder.resolve("kwb-broken.csv"), String.join("\r\n", lines) + "\r\n");
    }

    /** The line of the second Marktkwartier: the header, the demo rows, the extra rows, then this one. */
    private int duplicateLine() {
        return DEMO_AREAS + LONG_FILE_EXTRA_ROWS + 2;
    }
}
