package nl.hecht.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * The network pages over HTTP with the demo region: who sees what, the coverage view, member
 * management and the composition flag, the size justification, "who to call", the area toggle and the map data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NetworkWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;

    private static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    private RequestPostProcessor as(String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        return as(new CurrentUser(account.id(), account.username(), account.displayName(), account.organisation(),
                account.discipline(), account.roles()));
    }

    private static RequestPostProcessor stranger(Role... roles) {
        return as(new CurrentUser(AccountId.random(), "stranger", "Iemand Anders", null, null, Set.of(roles)));
    }

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return networks.networksIn(region().id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private String body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void resvStaffSeeTheCoverageWithHeadlineAndEveryKindOfFinding() throws Exception {
        String html = body(mvc.perform(get("/regions/{id}/coverage", region().id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(view().name(CoverageController.COVERAGE_VIEW)));

        assertThat(html).contains("Dekking van Regio Voorbeeld", "Ambitie 2030", "data-finding=\"overlaps\">1<",
                "Wijkverband Haven", "Wijkverband West", "Wijkverband Oost", "coverage-map");
        assertThat(html).doesNotContain("data-finding=\"gaps\">0<", "data-finding=\"coordinator\">0<");
    }

    @Test
    void theFindingsDownloadAsCsv() throws Exception {
        String csv = body(mvc.perform(get("/regions/{id}/coverage.csv", region().id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv")));

        assertThat(csv).startsWith("\uFEFFBevinding;Code;Naam");
        assertThat(csv).contains("Buurten in meer dan één wijkverband", "Wijkverband Haven;",
                "Netwerken zonder coördinator", "Apotheker");
    }

    @Test
    void theCoverageMapDataIsGeoJsonWithAStatusPerNeighbourhood() throws Exception {
        String json = body(mvc.perform(get("/regions/{id}/coverage.geojson", region().id()).with(as("resv")))
                .andExpect(status().isOk()));

        assertThat(json).startsWith("{\"type\":\"FeatureCollection\"").contains("\"status\":\"OVERLAP\"",
                "\"status\":\"GAP\"", "\"status\":\"COVERED\"", "\"status\":\"FORMING\"");
    }

    /**
     * The page finds the neighbouring networks (R095) from the region's service areas alone, not from all coverage
     * facts.
     */
    @Test
    void theNetworkPageListsBorderingNetworksApartFromOverlappingOnes() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Wijkverband Oost").id()).with(as("resv")))
                .andExpect(status().isOk()));
        String bordering = html.substring(html.indexOf("Aanpalende netwerken"), html.indexOf("id=\"overlapping\""));
        String overlapping = html.substring(html.indexOf("id=\"overlapping\""), html.indexOf("id=\"composition\""));

        // Oost claims Vismarkt, a neighbourhood of Centrum (and of the first-1000-days network over Centrum)
        assertThat(bordering).contains(">Wijkverband Zuid<", ">Jeugdnetwerk Zuid<")
                .doesNotContain(">Wijkverband Centrum<", ">1000 dagen Centrum-Noord<", ">Wijkverband Oost<");
        assertThat(overlapping).contains("Overlappende netwerken", ">Wijkverband Centrum<", ">1000 dagen Centrum-Noord<")
                .doesNotContain(">Wijkverband Zuid<", ">Wijkverband Oost<");
    }

    @Test
    void aThematicNetworkShowsTheCoreNetworksInsideItsAreaAsOverlapping() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Jeugdnetwerk Zuid").id()).with(as("resv")))
                .andExpect(status().isOk()));
        String bordering = html.substring(html.indexOf("Aanpalende netwerken"), html.indexOf("id=\"overlapping\""));
        String overlapping = html.substring(html.indexOf("id=\"overlapping\""), html.indexOf("id=\"composition\""));

        assertThat(overlapping).contains(">Wijkverband Zuid<");
        assertThat(bordering).doesNotContain(">Wijkverband Zuid<");
    }

    @Test
    void aCoordinatorAddsAPharmacistAsLiaisonAndTheCompositionFlagDisappears() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("coordinator"))).andExpect(status().isOk())))
                .contains("data-expectation=\"SEAT:PHARMACIST\" data-status=\"MISSING\"");

        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("personName", "Fictieve Apotheker").param("disciplineCode", "PHARMACIST")
                .param("roles", "LIAISON").param("phone", "06-0000 9999").param("validFrom", "2026-01-05"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "member.added"));

        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("coordinator")))))
                .contains("data-expectation=\"SEAT:PHARMACIST\" data-status=\"FILLED\"", "Fictieve Apotheker");
    }

    @Test
    void aMemberFormWithErrorsComesBackWithWhatWasTyped() throws Exception {
        Network oost = network("Wijkverband Oost");

        String html = body(mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("personName", "").param("disciplineCode", "PHARMACIST").param("phone", "06-0000 1234")
                .param("email", "geen-adres")).andExpect(status().isOk())
                .andExpect(view().name(MemberController.FORM_VIEW)));

        assertThat(html).contains("Controleer de gemarkeerde velden", "06-0000 1234", "geen-adres");
    }

    @Test
    void endingAMembershipKeepsItAsHistory() throws Exception {
        Network oost = network("Wijkverband Oost");
        var member = oost.currentMembers(java.time.LocalDate.now()).stream()
                .filter(m -> m.disciplineCode().equals("PHYSIOTHERAPIST")).findFirst().orElseThrow();

        String question = body(mvc.perform(post("/networks/{id}/members/{m}/end", oost.id(), member.id())
                .with(as("coordinator")).with(csrf())).andExpect(status().isOk()));
        assertThat(question).as("the first post only asks").contains("Weet u het zeker?", member.personName(),
                "name=\"confirmed\" value=\"true\"");
        assertThat(network("Wijkverband Oost").member(member.id()).isCurrent(java.time.LocalDate.now())).isTrue();

        mvc.perform(post("/networks/{id}/members/{m}/end", oost.id(), member.id()).with(as("coordinator"))
                .with(csrf()).param("confirmed", "true")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashUndo",
                        "/networks/" + oost.id() + "/members/" + member.id() + "/resume"));

        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("coordinator")))))
                .contains("Eerdere leden", member.personName());
        assertThat(network("Wijkverband Oost").member(member.id()).validTo()).isNotNull();

        mvc.perform(post("/networks/{id}/members/{m}/resume", oost.id(), member.id()).with(as("coordinator"))
                .with(csrf())).andExpect(flash().attribute("flashMessage", "member.resumed"));
        assertThat(network("Wijkverband Oost").member(member.id()).validTo()).as("undone").isNull();
    }

    @Test
    void figuresOnTheNetworkPageAreWrittenTheDutchWayAndYearsWithoutSeparator() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Wijkverband Oost").id()).with(as("coordinator"))));

        java.util.regex.Matcher source = java.util.regex.Pattern.compile("wijken en buurten ([0-9.,]+)\\.").matcher(html);
        assertThat(source.find()).as("the CBS source line").isTrue();
        assertThat(source.group(1)).as("the year").matches("\\d{4}");
        java.util.regex.Matcher income = java.util.regex.Pattern
                .compile("Gemiddeld inkomen per inwoner[^<]*</dt><dd>([^<]+)</dd>").matcher(html);
        assertThat(income.find()).as("the income").isTrue();
        assertThat(income.group(1)).as("income with a decimal comma").matches("\\d+,\\d");
        java.util.regex.Matcher inhabitants = java.util.regex.Pattern
                .compile("data-figure=\"inhabitants\">([^<]+)<").matcher(html);
        assertThat(inhabitants.find()).isTrue();
        assertThat(inhabitants.group(1)).matches("\\d{1,3}(\\.\\d{3})*");
        java.util.regex.Matcher lead = java.util.regex.Pattern.compile("<p class=\"utrecht-paragraph hecht-lead\">(.*?)</p>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(lead.find()).isTrue();
        assertThat(lead.group(1)).as("the lead names the label and the kind once").contains("kernnetwerk")
                .doesNotContain("(kernnetwerk)");
    }

    @Test
    void aCoordinatorCannotManageAnotherNetworksMembers() throws Exception {
        Network centrum = network("Wijkverband Centrum");

        mvc.perform(post("/networks/{id}/members", centrum.id()).with(as("coordinator")).with(csrf())
                .param("personName", "X").param("disciplineCode", "GP")).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/members/new", centrum.id()).with(as("coordinator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void professionalsSeeTheNetworksOfTheirRegionButChangeNothing() throws Exception {
        Network centrum = network("Wijkverband Centrum");

        mvc.perform(get("/networks").with(as("nurse"))).andExpect(status().isOk());
        mvc.perform(get("/networks/{id}", centrum.id()).with(as("nurse"))).andExpect(status().isOk());
        mvc.perform(get("/networks/{id}/who-to-call", centrum.id()).with(as("nurse"))).andExpect(status().isOk());
        mvc.perform(post("/networks/{id}/members", centrum.id()).with(as("nurse")).with(csrf())
                .param("personName", "X").param("disciplineCode", "GP")).andExpect(status().isForbidden());
        mvc.perform(get("/regions/{id}/coverage", region().id()).with(as("nurse"))).andExpect(status().isForbidden());
    }

    @Test
    void clientsSeeNoneOfIt() throws Exception {
        Network centrum = network("Wijkverband Centrum");

        mvc.perform(get("/networks").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}", centrum.id()).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/who-to-call", centrum.id()).with(as("client")))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneElsesNetworkOrRegionIsNotFoundAndShowsNoData() throws Exception {
        Network centrum = network("Wijkverband Centrum");

        String html = body(mvc.perform(get("/networks/{id}", centrum.id()).with(stranger(Role.PROFESSIONAL)))
                .andExpect(status().isNotFound()));
        mvc.perform(get("/networks/{id}/who-to-call", centrum.id()).with(stranger(Role.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/coverage", region().id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/coverage.csv", region().id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}", "not-a-uuid").with(as("nurse"))).andExpect(status().isNotFound());

        assertThat(html).contains("Pagina niet gevonden").doesNotContain("Wijkverband Centrum");
    }

    @Test
    void aJustificationSilencesTheSizeWarning() throws Exception {
        Network haven = network("Wijkverband Haven");
        String before = body(mvc.perform(get("/regions/{id}/coverage", region().id()).with(as("resv"))));
        assertThat(before).contains("data-finding=\"sizes\">1<");

        mvc.perform(post("/networks/{id}/size-justification", haven.id()).with(as("resv")).with(csrf())
                .param("justification", "Havenwijk met een eigen karakter en een eigen praktijk"))
                .andExpect(redirectedUrl("/networks/" + haven.id()));

        assertThat(body(mvc.perform(get("/regions/{id}/coverage", region().id()).with(as("resv")))))
                .contains("data-finding=\"sizes\">0<");
    }

    @Test
    void aCoordinatorMayNotJustifyTheSizeOrChangeTheStatus() throws Exception {
        Network oost = network("Wijkverband Oost");

        mvc.perform(post("/networks/{id}/size-justification", oost.id()).with(as("coordinator")).with(csrf())
                .param("justification", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/status", oost.id()).with(as("coordinator")).with(csrf())
                .param("status", "PAUSED")).andExpect(status().isForbidden());
    }

    @Test
    void whoToCallIsSearchableWithHtmx() throws Exception {
        Network oost = network("Wijkverband Oost");

        String fragment = body(mvc.perform(get("/networks/{id}/who-to-call", oost.id()).param("q", "Noor")
                .header("HX-Request", "true").with(as("nurse"))).andExpect(status().isOk()));

        assertThat(fragment).contains("id=\"who-results\"", "Noor Jansen").doesNotContain("Carla de Vries")
                .doesNotContain("<html");
    }

    @Test
    void theMapTogglesANeighbourhoodInTheServiceArea() throws Exception {
        Network oost = network("Wijkverband Oost");
        String code = oost.serviceArea().iterator().next().value();

        String json = body(mvc.perform(post("/networks/{id}/area/toggle", oost.id()).param("code", code)
                .with(as("coordinator")).with(csrf())).andExpect(status().isOk()));

        assertThat(json).contains("\"selected\":false");
        assertThat(network("Wijkverband Oost").serviceArea()).extracting(c -> c.value()).doesNotContain(code);
        mvc.perform(get("/networks/{id}/area", oost.id()).with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/networks/{id}/area.geojson", oost.id()).with(as("coordinator"))).andExpect(status().isOk());
    }

    @Test
    void theNetworkPageShowsFiguresNeighboursCharterAndTheCoordinatorLabel() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Wijkverband Oost").id()).with(as("nurse"))));

        assertThat(html).contains("data-figure=\"inhabitants\"", "Aanpalende netwerken", "Wijkverband Zuid",
                "Waar zijn wij van?", "samenwerkingsovereenkomst", "verbinder", "Carla de Vries");
    }

    @Test
    void thePracticeBasedElderlyTeamShowsItsPractices() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Ouderenteam De Linde en Het Anker").id())
                .with(as("coordinator"))).andExpect(status().isOk()));

        assertThat(html).contains("Huisartsenpraktijk De Linde", "Huisartsenpraktijk Het Anker", "5.950");
    }
}
