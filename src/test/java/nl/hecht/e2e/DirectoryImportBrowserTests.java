package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * A CSV import with a bad row gives a report and changes nothing. RESV staff go from the
 * organisations to import and export, upload a CSV of which one row names an unknown category, and read the report
 * with that row's line number and the reason; the number of entries is the same as before. The export downloads
 * (R090, R236).
 */
class DirectoryImportBrowserTests extends BrowserTest {

    private static final double IMPORT_TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path folder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCsvWithABadRowGivesAReportWithItsLineAndChangesNothing() throws IOException {
        String tag = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = folder.resolve("sociale-kaart.csv");
        // RESV staff import into their region: the location lies in one of its neighbourhoods
        Files.writeString(csv, "organisation_name;organisation_type;location_name;postal_code;location_neighbourhood;"
                + "name;category;public\n"
                + "Buurtvereniging " + tag + ";COMMUNITY;Buurthuis;9901 AB;BU99010101;Koffieochtend;ontmoeting;ja\n"
                + "Buurtvereniging " + tag + ";COMMUNITY;Buurthuis;9901 AB;BU99010101;Breicafé;handwerken;ja\n");
        int entriesBefore = entries();

        loginAs(DemoUser.RESV);
        visit("/organisations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sociale kaart importeren en exporteren"))
                .click();
        assertThat(page.locator("h1")).hasText("Sociale kaart importeren en exporteren");
        assertAccessible(page);

        page.getByLabel("Bestand (CSV of JSON)").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren en importeren"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/directory/import/[0-9a-f-]{36}$"));
        assertThat(page.locator("#import-result"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(IMPORT_TIMEOUT_MILLIS));
        assertThat(page.locator("#import-result")).containsText("Het bestand is afgekeurd. Er is niets veranderd.");
        Locator problems = page.locator("#import-problems tbody tr");
        assertThat(problems).hasCount(1);
        assertThat(problems.nth(0).locator("td").nth(0)).hasText("3");
        assertThat(problems.nth(0).locator("td").nth(1)).hasText(
                "Onbekende categorie ‘handwerken’. Gebruik een code uit de taxonomie, zoals schuldhulpverlening of ontmoeting.");
        assertAccessible(page);

        assertThat(entries()).isEqualTo(entriesBefore);
        assertThat(jdbc.queryForObject("select count(*) from directory_organisation where name = ?", Integer.class,
                "Buurtvereniging " + tag)).isZero();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nog een bestand importeren")).click();
        assertThat(page.locator("#directory-imports")).containsText("Afgekeurd, niets veranderd");
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("sociale-kaart.csv");
    }

    @Test
    void aFileThatIsNoCsvIsRefusedOnTheFormWithItsName() throws IOException {
        Path text = folder.resolve("notities.txt");
        Files.writeString(text, "Bel de wijkverpleging terug\n");
        loginAs(DemoUser.ADMIN);
        visit("/directory/import");

        page.getByLabel("Bestand (CSV of JSON)").setInputFiles(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren en importeren"))
                .click();

        assertThat(page.locator("#import-file-error")).containsText("Dit is geen CSV- of JSON-bestand");
        assertAccessible(page);
    }

    @Test
    void theImportPageExplainsEveryColumnAndTheCodesOfTheTaxonomy() {
        loginAs(DemoUser.ADMIN);
        visit("/directory/import");

        var columns = page.locator("#csv-column-table");
        assertThat(columns).containsText("organisation_name");
        assertThat(columns).containsText("Naam van de organisatie (verplicht).");
        assertThat(columns).containsText("Wachttijd in dagen: 0 is geen wachttijd, leeg is onbekend.");
        assertThat(page.locator("#csv-categories")).containsText("schuldhulpverlening");
        assertThat(page.locator("#csv-categories")).containsText("Schuldhulpverlening en geldzaken");
        assertThat(page.locator("#csv-target-groups")).containsText("ouderen");
        org.assertj.core.api.Assertions.assertThat(page.locator("#csv-column-table tbody tr").count())
                .isEqualTo(nl.hecht.directory.internal.exchange.DirectoryCsv.COLUMNS.size());
        assertAccessible(page);
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from directory_service", Integer.class);
    }
}
