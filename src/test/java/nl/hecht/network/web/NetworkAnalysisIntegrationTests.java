package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisations;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * The network analysis over HTTP with the demo data (R257, R258): what the coordinator of Wijkverband Oost sees and
 * records, the graph's JSON, who may read and who may change it, and bad input that comes back as typed with a Dutch
 * message at the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NetworkAnalysisIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;
    @Autowired
    Organisations organisations;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private Network oost() {
        Region region = regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst()
                .orElseThrow();
        return networks.networksIn(region.id()).stream().filter(n -> n.name().equals("Wijkverband Oost")).findFirst()
                .orElseThrow();
    }

    private String ref(String organisation) {
        return NodeRef.organisation(organisations.findByName(organisation).orElseThrow().id()).toString();
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCoordinatorSeesPlayersLinesMissingLinesAndTheSessionOfTheDemo() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(view().name(AnalysisController.VIEW)));

        assertThat(html).contains("Netwerkanalyse van Wijkverband Oost", "id=\"analysis-graph\"", "nodes-table",
                "Protestantse Gemeente De Ark", "Speeltuinvereniging De Wip", "Huis van de Wijk Oost",
                "Samen in ander netwerk (1): Ouderenteam De Linde en Het Anker", "Lange wachttijd voor consultatie",
                "Sessie van 18-9-2025", "Sessie vastleggen", "ontbreekt, wel gewenst", "Huisartsenpraktijk De Linde");
        // Wijkverpleging Samen and the social team do not know each other yet: a missing line
        String missing = html.substring(html.indexOf("id=\"missing-table\""), html.indexOf("id=\"players\""));
        assertThat(missing).contains("Buurtteam Voorbeeld", "Wijkverpleging Samen");
    }

    @Test
    void theGraphIsJsonWithDerivedDrawnAndMissingLines() throws Exception {
        String json = body(mvc.perform(get("/networks/{id}/analysis.json", oost().id()).with(as("nurse")))
                .andExpect(status().isOk()));

        assertThat(json).contains("\"nodes\"", "\"edges\"", "\"style\":\"derived\"", "\"style\":\"drawn-bottleneck\"",
                "\"style\":\"drawn-works-together\"", "\"style\":\"missing\"", "\"label\":\"Speeltuinvereniging De Wip\"",
                "\"categoryLabel\":\"huisartsenpraktijk\"");
    }

    @Test
    void aProfessionalOfTheRegionReadsTheAnalysisButChangesNothing() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("nurse")))
                .andExpect(status().isOk()));
        assertThat(html).contains("Netwerkanalyse van Wijkverband Oost").doesNotContain("id=\"new-session\"",
                "Informele speler toevoegen</h3>");

        mvc.perform(get("/networks/{id}/analysis/sessions/new", oost().id()).with(as("nurse")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/analysis/players", oost().id()).with(as("nurse")).with(csrf())
                .param("kind", "KEY_FIGURE").param("name", "Buurtvader")).andExpect(status().isForbidden());
        mvc.perform(post("/networks/{id}/analysis/sessions", oost().id()).with(as("nurse")).with(csrf())
                .param("heldOn", "2025-10-01").param("residents", "x")).andExpect(status().isForbidden());
    }

    @Test
    void clientsGet403AndSomeoneElsesOrAnUnknownNetworkIsNotFoundWithoutData() throws Exception {
        mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/analysis.json", oost().id()).with(as("client")))
                .andExpect(status().isForbidden());

        String html = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(stranger(Role.PROFESSIONAL)))
                .andExpect(status().isNotFound()));
        assertThat(html).doesNotContain("Wijkverband Oost", "Protestantse Gemeente De Ark");
        mvc.perform(get("/networks/{id}/analysis.json", oost().id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/networks/{id}/analysis/players", oost().id()).with(stranger(Role.COORDINATOR)).with(csrf())
                .param("kind", "KEY_FIGURE").param("name", "X")).andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/analysis", UUID.randomUUID()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/analysis", "not-a-uuid").with(as("coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlayerWithoutANameComesBackWithWhatWasTyped() throws Exception {
        String html = body(mvc.perform(post("/networks/{id}/analysis/players", oost().id()).with(as("coordinator"))
                .with(csrf()).param("kind", "ASSOCIATION").param("name", " ").param("description", "Koor met 40 leden"))
                .andExpect(status().isOk()).andExpect(view().name(AnalysisController.VIEW)));

        assertThat(html).contains("Vul een naam in van hoogstens 200 tekens.", "Koor met 40 leden",
                "value=\"ASSOCIATION\" selected");
    }

    @Test
    void theCoordinatorAddsAPlayerAndDrawsALineToItInASession() throws Exception {
        mvc.perform(post("/networks/{id}/analysis/players", oost().id()).with(as("coordinator")).with(csrf())
                .param("kind", "KEY_FIGURE").param("name", "Buurtvader Ahmed"))
                .andExpect(redirectedUrl("/networks/" + oost().id() + "/analysis#players"));
        String form = body(mvc.perform(get("/networks/{id}/analysis/sessions/new", oost().id()).with(as("coordinator")))
                .andExpect(status().isOk()));
        String player = form.replaceAll("(?s).*<option value=\"(player:[^\"]+)\"[^>]*>Buurtvader Ahmed</option>.*", "$1");
        assertThat(player).startsWith("player:");

        mvc.perform(post("/networks/{id}/analysis/sessions", oost().id()).with(as("coordinator")).with(csrf())
                .param("heldOn", "2025-11-03").param("residents", "Bewonersraad")
                .param("lines[0].from", ref("Buurtteam Voorbeeld")).param("lines[0].to", player)
                .param("lines[0].kind", "WORKS_TOGETHER").param("lines[0].note", "Signalen via de moskee"))
                .andExpect(redirectedUrl("/networks/" + oost().id() + "/analysis#lines"));

        String html = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("coordinator"))));
        assertThat(html).contains("Sessie van 3-11-2025: Signalen via de moskee", "Bewonersraad");
    }

    @Autowired
    nl.hecht.directory.SocialMap socialMap;

    @Test
    void aCommunityInitiativeOfTheSocialeKaartInTheAreaCanBeLinkedAndThenShows() throws Exception {
        var organisation = organisations.findByName("Bewonersinitiatief Samen Eten").orElseThrow().id();
        var initiative = socialMap.register(organisation, new nl.hecht.directory.ServiceDetails(
                nl.hecht.directory.EntryKind.INITIATIVE, "Eettafel De Zonnebloem", "Samen eten op donderdag.",
                "maaltijden", java.util.Set.of("ouderen"), null, null, null, null, null, null, null, null, null,
                "Fatima", null, java.util.Set.of(oost().serviceArea().iterator().next()), null, null, true, true), null);
        String ref = NodeRef.entry(initiative).toString();
        String form = body(mvc.perform(get("/networks/{id}/analysis/sessions/new", oost().id()).with(as("coordinator")))
                .andExpect(status().isOk()));
        assertThat(form).contains("value=\"" + ref + "\"", "Eettafel De Zonnebloem");
        String before = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("coordinator"))));
        assertThat(before).doesNotContain("Eettafel De Zonnebloem");

        mvc.perform(post("/networks/{id}/analysis/sessions", oost().id()).with(as("coordinator")).with(csrf())
                .param("heldOn", "2025-11-04").param("residents", "Bewonersraad")
                .param("lines[0].from", ref("Buurtteam Voorbeeld")).param("lines[0].to", ref)
                .param("lines[0].kind", "WORKS_TOGETHER"))
                .andExpect(redirectedUrl("/networks/" + oost().id() + "/analysis#lines"));
        String after = body(mvc.perform(get("/networks/{id}/analysis", oost().id()).with(as("coordinator"))));
        assertThat(after).contains("Eettafel De Zonnebloem");
    }

    @Test
    void aSessionWithErrorsComesBackWithWhatWasTypedAndDutchMessagesAtTheFields() throws Exception {
        String html = body(mvc.perform(post("/networks/{id}/analysis/sessions", oost().id()).with(as("coordinator"))
                .with(csrf()).param("heldOn", "").param("professionals", "Huisarts en POH")
                .param("chances", "Samen een inloopspreekuur")
                .param("lines[0].from", ref("Huisartsenpraktijk De Linde")).param("lines[0].to", "")
                .param("lines[0].kind", "WANTS_TO").param("lines[0].note", "Nog te bespreken")
                .param("lines[1].from", ref("GGZ Voorbeeld")).param("lines[1].to", ref("GGZ Voorbeeld"))
                .param("lines[1].kind", "WORKS_TOGETHER"))
                .andExpect(status().isOk()).andExpect(view().name(AnalysisController.SESSION_VIEW)));

        assertThat(html).contains("Vul de datum van de sessie in.", "Kies waar de lijn naartoe gaat.",
                "Een lijn verbindt twee verschillende spelers.", "Huisarts en POH", "Samen een inloopspreekuur",
                "Nog te bespreken", "value=\"WANTS_TO\" selected");

        String nobody = body(mvc.perform(post("/networks/{id}/analysis/sessions", oost().id()).with(as("coordinator"))
                .with(csrf()).param("heldOn", "2025-10-01")).andExpect(status().isOk()));
        assertThat(nobody).contains("Vul ten minste voor één kant in wie er meededen.");
    }
}
