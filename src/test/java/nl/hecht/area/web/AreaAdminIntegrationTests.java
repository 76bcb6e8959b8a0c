package nl.hecht.area.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.hecht.area.internal.AreaTestFiles;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;

@SpringBootTest
@AutoConfigureMockMvc
class AreaAdminIntegrationTests {

    private static final String ROW_HEADER = "<th class=\"utrecht-table__header-cell\" scope=\"row\">";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.cache.CacheManager caches;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        AreaTestFiles.cleanUp(jdbc, caches);
    }

    private static RequestPostProcessor as(Role role) {
        CurrentUser user = new CurrentUser(AccountId.random(), role.name().toLowerCase(), "Test " + role, null, null,
                Set.of(role));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("MFA_VERIFIED"), new SimpleGrantedAuthority(role.authority()))));
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads, follows the redirect to the import page and polls its status until the import is done. */
    private String importAndWait(String path, MockMultipartFile file, String year) throws Exception {
        var request = multipart(path).file(file).with(csrf()).with(as(Role.ADMIN));
        if (year != null) {
            request.param("year", year);
        }
        String page = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/areas/imports/*")).andReturn().getResponse()
                .getRedirectedUrl();
        for (int attempt = 0; attempt < 300; attempt++) {
            String status = mvc.perform(get(page + "/status").with(as(Role.ADMIN))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!status.contains("hx-trigger")) {
                break;
            }
            Thread.sleep(100);
        }
        return mvc.perform(get(page).with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(view().name(AreaAdminController.JOB)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyAdministratorsReachTheAreaPages() throws Exception {
        mvc.perform(get("/admin/areas").with(as(Role.RESV_STAFF))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/areas/cbs").file(file("kwb.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)))
                .param("year", "2023").with(csrf()).with(as(Role.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/areas")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from area where code = 'GM9701'", Integer.class)).isZero();
    }

    @Test
    void theOverviewShowsTheDemoRegionAndTheUploadForms() throws Exception {
        mvc.perform(get("/admin/areas").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaAdminController.OVERVIEW))
                .andExpect(content().string(containsString("Gebieden (CBS)")))
                .andExpect(content().string(containsString("Kerncijfers importeren")))
                .andExpect(content().string(containsString("Kaart importeren")))
                .andExpect(content().string(containsString(ROW_HEADER + "Buurten</th>")))
                .andExpect(content().string(containsString(ROW_HEADER + "2024</th>")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/admin/areas").param("lang", "en").with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Import key figures")));
    }

    @Test
    void aGoodFileIsImportedWithAReport() throws Exception {
        String page = importAndWait("/admin/areas/cbs", file("kwb-2023.csv",
                AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)), "2023");

        assertThat(page).contains("De import is gelukt.").contains("kwb-2023.csv").contains("a_man")
                .doesNotContain("Afgekeurde regels").doesNotContain("hx-trigger");
        assertThat(jdbc.queryForObject("select count(*) from area_key_figures where area_code like '__97%' "
                + "and figures_year = 2023", Integer.class)).isEqualTo(5);

        String map = importAndWait("/admin/areas/map", new MockMultipartFile("file", "kaart.geojson",
                "application/geo+json", AreaTestFiles.map(AreaTestFiles.squareFeature("BU97010101", 0),
                        AreaTestFiles.squareFeature("BU97010102", 1)).getBytes(StandardCharsets.UTF_8)), null);
        assertThat(map).contains("De import is gelukt.");
        assertThat(jdbc.queryForObject("select count(*) from area_neighbour where area_code = 'BU97010101'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aBrokenFileGivesALineNumberedReportAndChangesNothing() throws Exception {
        importAndWait("/admin/areas/cbs", file("kwb-2023.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)), "2023");
        String before = AreaTestFiles.state(jdbc);
        List<String> rows = new ArrayList<>(AreaTestFiles.GOOD_ROWS);
        rows.set(2, rows.get(2).replace(";1500;", ";1700;"));
        rows.add("BU97010104;Nieuw;Proefdorp;Buurt;12a;;;;;;;;;;;;");
        rows.add("XX97010105;Fout;Proefdorp;Buurt;10;;;;;;;;;;;;");

        String page = importAndWait("/admin/areas/cbs", file("kapot.csv", AreaTestFiles.csv(rows)), "2023");

        assertThat(page).contains("De import is mislukt. Er is niets gewijzigd.")
                .contains("Er zijn 2 regels afgekeurd.")
                .contains("Afgekeurde regels")
                .contains("<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column\">7</td>")
                .contains("Kolom a_inw: ‘12a’ is geen getal.")
                .contains("<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column\">8</td>")
                .contains("‘XX97010105’ is geen CBS-code");
        assertThat(AreaTestFiles.state(jdbc)).isEqualTo(before);
    }

    @Test
    void obviousMistakesAreToldAtOnceWithoutAStackTrace() throws Exception {
        mvc.perform(multipart("/admin/areas/cbs").file(file("leeg.csv", "")).param("year", "2023").with(csrf())
                .with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name(AreaAdminController.OVERVIEW))
                .andExpect(content().string(containsString("Het bestand is leeg.")));
        mvc.perform(multipart("/admin/areas/cbs").file(file("kaart.csv", AreaTestFiles.map())).param("year", "2023")
                .with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Dit lijkt een GeoJSON-bestand.")));
        mvc.perform(multipart("/admin/areas/cbs").file(new MockMultipartFile("file", "cijfers.xlsx",
                "application/vnd.ms-excel", new byte[] {'P', 'K', 3, 4, 20, 0, 0})).param("year", "2023")
                .with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Dit is geen CSV-bestand")));
        mvc.perform(multipart("/admin/areas/cbs").file(file("namen.csv", "naam;inwoners\nProefdorp;10\n"))
                .param("year", "2023").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("geen kolom met de CBS-code")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(multipart("/admin/areas/cbs").file(file("kwb.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)))
                .param("year", "").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Vul het jaar van de cijfers in.")));
        mvc.perform(multipart("/admin/areas/cbs").file(file("kwb.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)))
                .param("year", "twintig").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Vul het jaar in als getal, bijvoorbeeld 2024.")));
        mvc.perform(multipart("/admin/areas/cbs").param("year", "2023").with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Het bestand is leeg.")));
        mvc.perform(multipart("/admin/areas/map").file(file("kwb.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS)))
                .with(csrf()).with(as(Role.ADMIN)))
                .andExpect(content().string(containsString("Dit is geen GeoJSON-bestand.")));
        assertThat(jdbc.queryForObject("select count(*) from area where code like '__97%'", Integer.class)).isZero();
    }

    @Test
    void anUnknownImportIsNotFound() throws Exception {
        mvc.perform(get("/admin/areas/imports/00000000-0000-0000-0000-000000000000").with(as(Role.ADMIN)))
                .andExpect(status().isNotFound());
    }
}
