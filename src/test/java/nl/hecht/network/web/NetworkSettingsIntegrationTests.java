package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * Creating a network and changing its profile and status (RESV staff of the region), its charter and social-domain
 * settings (its coordinator or RESV staff): the happy path, bad input that comes back as typed with a Dutch message at
 * the field, and people without the right who get 403 or 404 and see nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NetworkSettingsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return networks.networksIn(region().id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private boolean exists(String name) {
        return networks.networksIn(region().id()).stream().anyMatch(n -> n.name().equals(name));
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    // --- creating a network ------------------------------------------------------------------------------------

    @Test
    void resvStaffCreateAYouthNetworkInFormation() throws Exception {
        assertThat(body(mvc.perform(get("/regions/{id}/networks/new", region().id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkProfileController.PROFILE_VIEW))))
                .contains("Nieuw netwerk in Regio Voorbeeld");

        mvc.perform(post("/regions/{id}/networks", region().id()).with(as("resv")).with(csrf())
                .param("name", "Jeugdnetwerk Zuidrand").param("kind", "THEMATIC").param("theme", "YOUTH")
                .param("ageFrom", "4").param("ageTo", "18").param("label", "WIJKNETWERK")
                .param("coordinatorLabel", "NETWERKER").param("areaBasis", "NEIGHBOURHOODS"))
                .andExpect(redirectedUrlPattern("/networks/*"))
                .andExpect(flash().attribute("flashMessage", "network.created"));

        Network created = network("Jeugdnetwerk Zuidrand");
        assertThat(created.status()).isEqualTo(NetworkStatus.IN_FORMATION);
        assertThat(created.kind()).isEqualTo(NetworkKind.THEMATIC);
        assertThat(created.theme()).isEqualTo(NetworkTheme.YOUTH);
        assertThat(created.ageFrom()).isEqualTo(4);
        assertThat(created.ageTo()).isEqualTo(18);
        assertThat(created.coordinatorLabel()).isEqualTo(CoordinatorLabel.NETWERKER);
    }

    @Test
    void aNewNetworkWithMistakesComesBackAsTypedWithDutchMessagesAtTheFields() throws Exception {
        String html = body(mvc.perform(post("/regions/{id}/networks", region().id()).with(as("resv")).with(csrf())
                .param("name", "").param("kind", "THEMATIC").param("theme", "YOUTH").param("ageFrom", "vier")
                .param("ageTo", "18").param("themeDescription", "Jongeren in de wijk").param("label", "KERNTEAM")
                .param("coordinatorLabel", "ARRANGEUR").param("areaBasis", "NEIGHBOURHOODS"))
                .andExpect(status().isOk()).andExpect(view().name(NetworkProfileController.PROFILE_VIEW)));

        assertThat(html).contains("Controleer de gemarkeerde velden", "id=\"name-error\"",
                "Vul een naam in van hoogstens 200 tekens.", "id=\"ageFrom-error\"",
                "Vul een leeftijd in jaren in, alleen cijfers.", "value=\"vier\"", "Jongeren in de wijk",
                "value=\"KERNTEAM\" selected", "value=\"ARRANGEUR\" selected");

        assertThat(body(mvc.perform(post("/regions/{id}/networks", region().id()).with(as("resv")).with(csrf())
                .param("name", "Thema zonder thema").param("kind", "THEMATIC").param("label", "WIJKNETWERK")
                .param("coordinatorLabel", "COORDINATOR")).andExpect(status().isOk())))
                .contains("id=\"theme-error\"", "Kies het thema van het thematische netwerk.",
                        "value=\"Thema zonder thema\"");
        assertThat(body(mvc.perform(post("/regions/{id}/networks", region().id()).with(as("resv")).with(csrf())
                .param("name", "Wijkverband Oost").param("kind", "CORE").param("label", "HECHT_WIJKVERBAND")
                .param("coordinatorLabel", "COORDINATOR")).andExpect(status().isOk())))
                .contains("Er is in deze regio al een netwerk met deze naam.");
        assertThat(exists("Thema zonder thema")).isFalse();
    }

    @Test
    void onlyResvStaffOfTheRegionCreateNetworks() throws Exception {
        mvc.perform(get("/regions/{id}/networks/new", region().id()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/{id}/networks", region().id()).with(as("nurse")).with(csrf())
                .param("name", "Sluipnetwerk").param("kind", "CORE").param("label", "HECHT_WIJKVERBAND")
                .param("coordinatorLabel", "COORDINATOR")).andExpect(status().isNotFound());
        mvc.perform(post("/regions/{id}/networks", region().id()).with(as("client")).with(csrf())
                .param("name", "Sluipnetwerk").param("kind", "CORE")).andExpect(status().isForbidden());
        String html = body(mvc.perform(get("/regions/{id}/networks/new", region().id())
                .with(stranger(Role.RESV_STAFF))).andExpect(status().isNotFound()));

        assertThat(html).doesNotContain("Regio Voorbeeld");
        assertThat(exists("Sluipnetwerk")).isFalse();
    }

    // --- profile -----------------------------------------------------------------------------------------------

    @Test
    void resvStaffChangeANetworksNameAndLabels() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/profile", oost.id()).with(as("resv")))
                .andExpect(status().isOk()))).contains("Profiel van Wijkverband Oost", "value=\"Wijkverband Oost\"");

        mvc.perform(post("/networks/{id}/profile", oost.id()).with(as("resv")).with(csrf())
                .param("name", "Wijkverband Oost-Midden").param("kind", "CORE").param("label", "KERNTEAM")
                .param("coordinatorLabel", "ARRANGEUR"))
                .andExpect(redirectedUrl("/networks/" + oost.id()))
                .andExpect(flash().attribute("flashMessage", "network.profile.saved"));

        Network changed = networks.network(oost.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Wijkverband Oost-Midden");
        assertThat(changed.label()).isEqualTo(NetworkLabel.KERNTEAM);
        assertThat(changed.coordinatorLabel()).isEqualTo(CoordinatorLabel.ARRANGEUR);
    }

    @Test
    void aCoreNetworkStaysCoreAndATooLongNameComesBack() throws Exception {
        Network oost = network("Wijkverband Oost");

        assertThat(body(mvc.perform(post("/networks/{id}/profile", oost.id()).with(as("resv")).with(csrf())
                .param("name", "Ouderen Oost").param("kind", "THEMATIC").param("theme", "ELDERLY_TEAM")
                .param("label", "WIJKNETWERK").param("coordinatorLabel", "COORDINATOR"))
                .andExpect(status().isOk()).andExpect(view().name(NetworkProfileController.PROFILE_VIEW))))
                .contains("id=\"kind-error\"", "Een kernnetwerk blijft een kernnetwerk", "value=\"Ouderen Oost\"");
        String tooLong = "W".repeat(201);
        assertThat(body(mvc.perform(post("/networks/{id}/profile", oost.id()).with(as("resv")).with(csrf())
                .param("name", tooLong).param("kind", "CORE").param("label", "KERNTEAM")
                .param("coordinatorLabel", "COORDINATOR")).andExpect(status().isOk())))
                .contains("Vul een naam in van hoogstens 200 tekens.", tooLong);
        assertThat(networks.network(oost.id()).orElseThrow().name()).isEqualTo("Wijkverband Oost");
    }

    @Test
    void coordinatorsProfessionalsAndClientsDoNotChangeTheProfile() throws Exception {
        Network oost = network("Wijkverband Oost");

        mvc.perform(get("/networks/{id}/profile", oost.id()).with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/profile", oost.id()).with(as("nurse")).with(csrf())
                .param("name", "Overgenomen").param("kind", "CORE").param("label", "KERNTEAM")
                .param("coordinatorLabel", "COORDINATOR")).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/profile", oost.id()).with(as("client"))).andExpect(status().isForbidden());
        String html = body(mvc.perform(get("/networks/{id}/profile", oost.id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound()));

        assertThat(html).doesNotContain("Wijkverband Oost");
        assertThat(networks.network(oost.id()).orElseThrow().name()).isEqualTo("Wijkverband Oost");
    }

    // --- status ------------------------------------------------------------------------------------------------

    @Test
    void resvStaffPauseANetworkAsOfToday() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/status", oost.id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkProfileController.STATUS_VIEW))))
                .contains("Status van Wijkverband Oost", "Nu actief");

        mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf()).param("status", "PAUSED")
                .param("since", "")).andExpect(redirectedUrl("/networks/" + oost.id()))
                .andExpect(flash().attribute("flashMessage", "network.status.saved"));

        assertThat(networks.network(oost.id()).orElseThrow().status()).isEqualTo(NetworkStatus.PAUSED);
    }

    @Test
    void theStatusFormsPreselectTheCurrentStatusAndEndingANetworkAsksFirst() throws Exception {
        Network oost = network("Wijkverband Oost");
        java.util.regex.Pattern selected = java.util.regex.Pattern.compile("<option value=\"(\\w+)\" selected");
        for (String page : new String[] {"/networks/{id}/status", "/networks/{id}"}) {
            java.util.regex.Matcher option = selected.matcher(body(mvc.perform(get(page, oost.id()).with(as("resv")))
                    .andExpect(status().isOk())));
            assertThat(option.find()).as("an option is selected on " + page).isTrue();
            assertThat(option.group(1)).as("selected on " + page).isEqualTo("ACTIVE");
            assertThat(body(mvc.perform(get(page, oost.id()).with(as("resv"))))).contains("actief (huidige status)");
        }

        assertThat(body(mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf())
                .param("status", "ENDED").param("since", "")).andExpect(status().isOk())))
                .contains("Weet u het zeker?", "Wijkverband Oost", "name=\"status\" value=\"ENDED\"",
                        "name=\"confirmed\" value=\"true\"");
        assertThat(networks.network(oost.id()).orElseThrow().status()).as("only asked").isEqualTo(NetworkStatus.ACTIVE);

        mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf()).param("status", "ACTIVE")
                .param("since", "")).andExpect(redirectedUrl("/networks/" + oost.id()));
        assertThat(networks.network(oost.id()).orElseThrow().status()).as("current status kept")
                .isEqualTo(NetworkStatus.ACTIVE);
    }

    @Test
    void aStatusChangeWithAWrongDateOrTransitionComesBackWithTheReason() throws Exception {
        Network oost = network("Wijkverband Oost");

        assertThat(body(mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf())
                .param("status", "PAUSED").param("since", "2001-01-01")).andExpect(status().isOk())))
                .contains("id=\"since-error\"", "De datum ligt voor de vorige statuswijziging.", "value=\"2001-01-01\"");
        assertThat(body(mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf())
                .param("status", "IN_FORMATION")).andExpect(status().isOk())))
                .contains("id=\"status-error\"", "Deze statuswijziging kan niet.");
        assertThat(body(mvc.perform(post("/networks/{id}/status", oost.id()).with(as("resv")).with(csrf())
                .param("status", "PAUSED").param("since", "2026-02-31")).andExpect(status().isOk())))
                .contains("Vul een geldige datum in", "value=\"2026-02-31\"");
        assertThat(networks.network(oost.id()).orElseThrow().status()).isEqualTo(NetworkStatus.ACTIVE);
    }

    @Test
    void onlyResvStaffSeeTheStatusForm() throws Exception {
        Network oost = network("Wijkverband Oost");

        mvc.perform(get("/networks/{id}/status", oost.id()).with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/status", oost.id()).with(as("nurse"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/status", oost.id()).with(stranger(Role.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/networks/{id}/status", oost.id()).with(as("client")).with(csrf()).param("status", "ENDED"))
                .andExpect(status().isForbidden());
        assertThat(networks.network(oost.id()).orElseThrow().status()).isEqualTo(NetworkStatus.ACTIVE);
    }

    // --- charter -----------------------------------------------------------------------------------------------

    @Test
    void theCoordinatorRecordsTheCharterWithARegionalDocument() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/charter", oost.id()).with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkCharterController.CHARTER_VIEW))))
                .contains("Wijkverband Oost: waar staan wij voor", "name=\"links[0].title\"");

        mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("coordinator")).with(csrf())
                .param("purpose", "Samen zorgen voor kwetsbare bewoners van Oost").param("answerA", "Interdisciplinair")
                .param("model", "AGREEMENT").param("links[0].title", "Regiovisie eerstelijn")
                .param("links[0].url", "https://regio.example/visie.pdf").param("links[1].title", "")
                .param("links[1].url", "")).andExpect(redirectedUrl("/networks/" + oost.id() + "/charter/view"))
                .andExpect(flash().attribute("flashMessage", "charter.saved"));

        Network changed = networks.network(oost.id()).orElseThrow();
        assertThat(changed.charter().purpose()).isEqualTo("Samen zorgen voor kwetsbare bewoners van Oost");
        assertThat(changed.charter().model()).isEqualTo(OrganisationalModel.AGREEMENT);
        assertThat(changed.documentLinks()).singleElement()
                .satisfies(link -> assertThat(link.url()).isEqualTo("https://regio.example/visie.pdf"));
        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("nurse")))))
                .contains("Samen zorgen voor kwetsbare bewoners van Oost", "Regiovisie eerstelijn");
    }

    @Test
    void aCharterWithABadLinkComesBackAsTyped() throws Exception {
        Network oost = network("Wijkverband Oost");
        String before = networks.network(oost.id()).orElseThrow().charter().purpose();

        String html = body(mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("resv")).with(csrf())
                .param("purpose", "Ons nieuwe verhaal").param("links[0].title", "Visie")
                .param("links[0].url", "ftp://regio.example/visie").param("links[1].title", "")
                .param("links[1].url", "https://regio.example/zonder-titel")).andExpect(status().isOk())
                .andExpect(view().name(NetworkCharterController.CHARTER_VIEW)));

        assertThat(html).contains("id=\"links-0-url-error\"", "Vul een webadres in dat begint met https://",
                "id=\"links-1-title-error\"", "Vul een titel in van hoogstens 200 tekens.", "Ons nieuwe verhaal",
                "value=\"ftp://regio.example/visie\"", "value=\"https://regio.example/zonder-titel\"");
        assertThat(networks.network(oost.id()).orElseThrow().charter().purpose()).isEqualTo(before);
    }

    @Test
    void othersCannotChangeTheCharter() throws Exception {
        Network centrum = network("Wijkverband Centrum");
        String before = networks.network(centrum.id()).orElseThrow().charter().purpose();

        mvc.perform(get("/networks/{id}/charter", centrum.id()).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/charter", centrum.id()).with(as("coordinator")).with(csrf())
                .param("purpose", "Overgenomen")).andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/charter", centrum.id()).with(as("nurse")).with(csrf())
                .param("purpose", "Overgenomen")).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/charter", centrum.id()).with(as("client"))).andExpect(status().isForbidden());
        String html = body(mvc.perform(get("/networks/{id}/charter", centrum.id()).with(stranger(Role.COORDINATOR)))
                .andExpect(status().isNotFound()));

        assertThat(html).doesNotContain("Wijkverband Centrum");
        assertThat(networks.network(centrum.id()).orElseThrow().charter().purpose()).isEqualTo(before);
    }

    // --- social domain -----------------------------------------------------------------------------------------

    @Test
    void theCoordinatorLinksTheSocialDomainAndChoosesTheFunctionsThatCount() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/composition-settings", oost.id()).with(as("coordinator")))
                .andExpect(status().isOk()))).contains("Sociaal werker", "value=\"SOCIAL_WORKER\"");

        mvc.perform(post("/networks/{id}/composition-settings", oost.id()).with(as("coordinator")).with(csrf())
                .param("socialDomainLinked", "true").param("_socialDomainLinked", "on")
                .param("howLinked", "Het wijkteam schuift aan bij het MDO")
                .param("countedSocialFunctions", "SOCIAL_WORKER", "DISTRICT_TEAM_MEMBER"))
                .andExpect(redirectedUrl("/networks/" + oost.id() + "#composition"))
                .andExpect(flash().attribute("flashMessage", "composition.settings.saved"));

        Network changed = networks.network(oost.id()).orElseThrow();
        assertThat(changed.socialDomainLinked()).isTrue();
        assertThat(changed.socialDomainLink()).isEqualTo("Het wijkteam schuift aan bij het MDO");
        assertThat(changed.countedSocialFunctions()).containsExactlyInAnyOrder("SOCIAL_WORKER", "DISTRICT_TEAM_MEMBER");
    }

    @Test
    void aLinkedSocialDomainNeedsADescriptionAndOnlySocialFunctionsCount() throws Exception {
        Network oost = network("Wijkverband Oost");
        boolean before = oost.socialDomainLinked();

        assertThat(body(mvc.perform(post("/networks/{id}/composition-settings", oost.id()).with(as("coordinator"))
                .with(csrf()).param("socialDomainLinked", "true").param("howLinked", "")
                .param("countedSocialFunctions", "SOCIAL_WORKER")).andExpect(status().isOk())
                .andExpect(view().name(NetworkCharterController.COMPOSITION_VIEW))))
                .contains("id=\"howLinked-error\"", "Beschrijf hoe het sociaal domein verbonden is.",
                        "id=\"socialDomainLinked\" name=\"socialDomainLinked\" value=\"true\" checked");
        assertThat(body(mvc.perform(post("/networks/{id}/composition-settings", oost.id()).with(as("coordinator"))
                .with(csrf()).param("howLinked", "Via de huisarts").param("countedSocialFunctions", "GP"))
                .andExpect(status().isOk())))
                .contains("Alleen functies uit het sociaal domein kunnen meetellen", "Via de huisarts");
        assertThat(networks.network(oost.id()).orElseThrow().socialDomainLinked()).isEqualTo(before);
    }

    @Test
    void othersCannotChangeTheSocialDomainSettings() throws Exception {
        Network centrum = network("Wijkverband Centrum");
        String before = centrum.socialDomainLink();

        mvc.perform(post("/networks/{id}/composition-settings", centrum.id()).with(as("coordinator")).with(csrf())
                .param("socialDomainLinked", "true").param("howLinked", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/composition-settings", centrum.id()).with(as("nurse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/composition-settings", centrum.id()).with(as("client")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/composition-settings", centrum.id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound());
        assertThat(networks.network(centrum.id()).orElseThrow().socialDomainLink()).isEqualTo(before);
    }

    // --- links and "wie bel ik" --------------------------------------------------------------------------------

    @Test
    void theNetworkPageLinksToTheFormsEachPersonMayUse() throws Exception {
        Network oost = network("Wijkverband Oost");

        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("resv")))))
                .contains("/networks/" + oost.id() + "/profile", "/networks/" + oost.id() + "/status",
                        "/networks/" + oost.id() + "/charter", "/networks/" + oost.id() + "/composition-settings");
        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("coordinator")))))
                .contains("/networks/" + oost.id() + "/charter", "/networks/" + oost.id() + "/composition-settings")
                .doesNotContain("/networks/" + oost.id() + "/profile\"");
        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("nurse")))))
                .doesNotContain("/networks/" + oost.id() + "/charter\"");
    }

    @Test
    void whoToCallShowsTheNetworksNameAndItsMembers() throws Exception {
        Network oost = network("Wijkverband Oost");

        assertThat(body(mvc.perform(get("/networks/{id}/who-to-call", oost.id()).with(as("nurse")))
                .andExpect(status().isOk()).andExpect(view().name(WhoToCallController.VIEW))))
                .contains("Wie bel ik in Wijkverband Oost", "Carla de Vries", "id=\"who-results\"");
    }
}
