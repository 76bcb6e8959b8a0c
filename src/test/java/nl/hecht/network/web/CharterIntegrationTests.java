package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.OrganisationalModel.Checkpoint;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.network.TeamFocus;
import nl.hecht.network.internal.network.TeamFocus.Domain;
import nl.hecht.network.internal.network.TeamWork;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * The charter with structure (issue 11: R031, R075, R077–R081, R153, R155–R157, R162, R164, R165): the coordinator
 * fills it in, members read it as a page and as a PDF with real text; HTML typed in it stays text in both; bad input
 * comes back as typed; people who may not see the network get 404 (403 for a client), as the network's policies say.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CharterIntegrationTests {

    /** Text with HTML and Dutch characters, as someone might type it. */
    private static final String TRICKY = "<b>Zoë & Anaïs</b> <script>alert('x')</script> café – coördinatie €5";

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

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The whole charter of Wijkverband Oost, as its coordinator fills it in. */
    private MockHttpServletRequestBuilder fullCharter(NetworkId oost) {
        return post("/networks/{id}/charter", oost).with(as("coordinator")).with(csrf())
                .param("purpose", "Samen zorgen voor kwetsbare bewoners van Oost")
                .param("phase", "ALIGNING").param("focus", "CASES", "TARGET_GROUP")
                .param("domains", "GGZ", "ELDERLY").param("domainsNote", TRICKY)
                .param("relationsNote", "Het 1000-dagenteam Centrum-Noord schuift twee keer per jaar aan.")
                .param("representation", "SEAT_PER_DISCIPLINE", "EXPERT_FOR_PROFESSION")
                .param("teamBudget", "YES").param("budgetNote", "De huisartsen beheren € 5.000 voor scholing.")
                .param("hours", "OWN_ORGANISATION")
                .param("commitments[0].partner", "Huisartsenpraktijk De Linde")
                .param("commitments[0].commitment", "Zit het MDO voor").param("commitments[0].hoursPerMonth", "4")
                .param("commitments[1].partner", "Wijkverpleging Samen")
                .param("commitments[1].commitment", "Casusregie bij kwetsbare ouderen")
                .param("commitments[1].hoursPerMonth", "8")
                .param("commitments[2].partner", "").param("commitments[2].commitment", "")
                .param("work", "CASE_DISCUSSION", "PREVENTION").param("loket", "VIA_MEMBERS")
                .param("answerD", "Knelpunten die we in de wijk niet oplossen, brengen we naar het RESV.")
                .param("predecessorDescription", "Het huisartsen-wijkteamoverleg Oost (sinds 2019)")
                .param("model", "AGREEMENT").param("modelTraits", "FINANCIAL_RISK")
                .param("decisions[0].checkpoint", "CARTEL").param("decisions[0].decision", "AGREED")
                .param("decisions[0].note", "We delen geen prijzen of wachtlijsten per aanbieder.")
                .param("decisions[1].checkpoint", "VAT").param("decisions[1].decision", "NOT_APPLICABLE")
                .param("decisions[1].note", "We leveren elkaar geen diensten.")
                .param("links[0].title", "Regiovisie eerstelijn").param("links[0].url", "https://regio.example/visie.pdf");
    }

    @Test
    void theCoordinatorRecordsTheCharterWithItsPartsAndMembersReadItAsPageAndPdf() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/charter", oost.id()).with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkCharterController.CHARTER_VIEW))))
                .contains("name=\"focus\"", "value=\"GGZ\"", "name=\"commitments[0].partner\"",
                        "name=\"decisions[0].decision\"", "Kartelverbod", "name=\"modelTraits\"");

        mvc.perform(fullCharter(oost.id())).andExpect(redirectedUrl("/networks/" + oost.id() + "/charter/view"))
                .andExpect(flash().attribute("flashMessage", "charter.saved"));

        Network changed = networks.network(oost.id()).orElseThrow();
        assertThat(changed.charter().focus().phase()).isEqualTo(TeamFocus.Phase.ALIGNING);
        assertThat(changed.charter().focus().domains()).containsExactly(TeamFocus.Domain.GGZ, TeamFocus.Domain.ELDERLY);
        assertThat(changed.charter().work().loket()).isEqualTo(TeamWork.Loket.VIA_MEMBERS);
        assertThat(changed.charter().model()).isEqualTo(OrganisationalModel.AGREEMENT);
        assertThat(changed.charter().modelLessSuited()).isTrue();
        assertThat(changed.commitments()).hasSize(2);
        assertThat(changed.decisionOn(Checkpoint.CARTEL).decision()).isEqualTo(Decision.AGREED);
        assertThat(changed.decisionOn(Checkpoint.VAT).decision()).isEqualTo(Decision.NOT_APPLICABLE);
        assertThat(changed.predecessor().description()).startsWith("Het huisartsen-wijkteamoverleg Oost");

        String page = body(mvc.perform(get("/networks/{id}/charter/view", oost.id()).with(as("nurse")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkCharterController.CHARTER_PAGE_VIEW)));
        assertThat(page).contains("Wijkverband Oost: waar staan wij voor", "Samen zorgen voor kwetsbare bewoners",
                "GGZ", "Ouderen", "Huisartsenpraktijk De Linde", "12 uur per maand", "Kartelverbod",
                "We delen geen prijzen", "past minder goed", "Het huisartsen-wijkteamoverleg Oost",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Zoë &amp; Anaïs", "/charter/pdf")
                .doesNotContain("<script>alert", "<b>Zoë");
        assertThat(page).doesNotContain("href=\"/networks/" + oost.id() + "/charter\"");

        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("nurse")))))
                .contains("Samen zorgen voor kwetsbare bewoners van Oost", "/networks/" + oost.id() + "/charter/view");

        var pdf = mvc.perform(get("/networks/{id}/charter/pdf", oost.id()).with(as("nurse")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename=\"waar-staan-wij-voor-wijkverband-oost.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("Wijkverband Oost: waar staan wij voor", "Samen zorgen voor kwetsbare bewoners",
                "Zoë & Anaïs", "<script>alert('x')</script>", "café – coördinatie €5", "Kartelverbod",
                "Huisartsenpraktijk De Linde", "Casuïstiek bespreken", "Regiovisie eerstelijn",
                "https://regio.example/visie.pdf", "Het huisartsen-wijkteamoverleg Oost");
    }

    @Test
    void theCoordinatorSeesTheEditLinkAMemberDoesNot() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(body(mvc.perform(get("/networks/{id}/charter/view", oost.id()).with(as("coordinator")))))
                .contains("href=\"/networks/" + oost.id() + "/charter\"");
        assertThat(body(mvc.perform(get("/networks/{id}/charter/view", oost.id()).with(as("nurse")))))
                .doesNotContain("href=\"/networks/" + oost.id() + "/charter\"");
    }

    @Test
    void badInputComesBackAsTypedAtItsFieldAndNothingIsSaved() throws Exception {
        Network oost = network("Wijkverband Oost");
        String before = networks.network(oost.id()).orElseThrow().charter().purpose();

        String html = body(mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("coordinator")).with(csrf())
                .param("purpose", "Ons nieuwe verhaal").param("loket", "OWN_LOKET").param("loketNote", " ")
                .param("teamBudget", "YES").param("hours", "NOT_ARRANGED", "TEAM_BUDGET")
                .param("commitments[0].partner", "Apotheek Oost").param("commitments[0].commitment", "")
                .param("commitments[1].partner", "Wijkverpleging").param("commitments[1].commitment", "MDO")
                .param("commitments[1].hoursPerMonth", "500")
                .param("decisions[0].checkpoint", "VAT").param("decisions[0].decision", "NOT_APPLICABLE")
                .param("focusNote", "x".repeat(1001)))
                .andExpect(status().isOk()).andExpect(view().name(NetworkCharterController.CHARTER_VIEW)));

        assertThat(html).contains("id=\"loketNote-error\"", "Schrijf op waar en wanneer inwoners het loket",
                "id=\"budgetNote-error\"", "id=\"hours-error\"", "id=\"commitments-0-commitment-error\"",
                "Vul in wat de partner inbrengt", "id=\"commitments-1-hoursPerMonth-error\"", "van 0 tot en met 160",
                "id=\"decisions-4-note-error\"", "Schrijf op waarom dit punt niet", "id=\"focusNote-error\"",
                "hoogstens 1000 tekens", "Ons nieuwe verhaal", "value=\"Apotheek Oost\"");

        String typed = body(mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("coordinator"))
                .with(csrf()).param("purpose", "Ons nieuwe verhaal").param("commitments[0].partner", "Apotheek Oost")
                .param("commitments[0].commitment", "Medicatiereview").param("commitments[0].hoursPerMonth", "vier"))
                .andExpect(status().isOk()));
        assertThat(typed).contains("id=\"commitments-0-hoursPerMonth-error\"",
                "Vul het aantal uren in als een heel getal", "Ons nieuwe verhaal", "value=\"Medicatiereview\"");
        assertThat(networks.network(oost.id()).orElseThrow().charter().purpose()).isEqualTo(before);
    }

    @Test
    void aNetworkGrowsOutOfAnEndedNetworkOfItsRegion() throws Exception {
        Network oost = network("Wijkverband Oost");
        NetworkId earlier = networks.create(region().id(), NetworkProfile.core("Huisartsen-wijkteamoverleg Oost"),
                AreaBasis.NEIGHBOURHOODS, null, LocalDate.of(2019, 1, 7));
        networks.changeStatus(earlier, NetworkStatus.ENDED, LocalDate.of(2024, 12, 31));

        assertThat(body(mvc.perform(get("/networks/{id}/charter", oost.id()).with(as("coordinator")))))
                .contains("name=\"predecessorNetwork\"", "value=\"" + earlier + "\"");
        mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("coordinator")).with(csrf())
                .param("predecessorDescription", "Het overleg ging op in het wijkverband")
                .param("predecessorNetwork", earlier.toString()))
                .andExpect(redirectedUrl("/networks/" + oost.id() + "/charter/view"));
        assertThat(networks.network(oost.id()).orElseThrow().predecessor().network()).isEqualTo(earlier.value());
        assertThat(body(mvc.perform(get("/networks/{id}/charter/view", oost.id()).with(as("nurse")))))
                .contains("Huisartsen-wijkteamoverleg Oost", "href=\"/networks/" + earlier + "\"");

        String refused = body(mvc.perform(post("/networks/{id}/charter", oost.id()).with(as("coordinator"))
                .with(csrf()).param("predecessorNetwork", UUID.randomUUID().toString()))
                .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"predecessorNetwork-error\"", "Kies een beëindigd netwerk uit dezelfde regio.");
        assertThat(networks.network(oost.id()).orElseThrow().predecessor().network()).isEqualTo(earlier.value());
    }

    @Test
    void theDemoNetworksHaveChartersWithStructure() throws Exception {
        Network oost = network("Wijkverband Oost");
        assertThat(oost.commitments()).extracting(c -> c.partner()).contains("Huisartsenpraktijk De Linde");
        assertThat(oost.decisionOn(Checkpoint.CARTEL).decision()).isEqualTo(Decision.AGREED);
        assertThat(oost.predecessor().description()).contains("huisartsen-wijkteamoverleg");
        assertThat(network("1000 dagen Centrum-Noord").charter().focus().domains()).containsExactly(Domain.YOUTH);
        assertThat(network("1000 dagen Centrum-Noord").charter().work().loket()).isEqualTo(TeamWork.Loket.OWN_LOKET);
        assertThat(network("Ouderenteam De Linde en Het Anker").charter().focus().domains())
                .containsExactly(Domain.ELDERLY);
        assertThat(networks.networksIn(region().id())).filteredOn(n -> n.status() != NetworkStatus.ENDED)
                .allSatisfy(n -> assertThat(n.charter().focus().isEmpty()).as(n.name()).isFalse());

        String text = pdfText(mvc.perform(get("/networks/{id}/charter/pdf", network("1000 dagen Centrum-Noord").id())
                .with(as("resv"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("1000 dagen Centrum-Noord: waar staan wij voor", "Inloopochtend elke dinsdag",
                "Jeugd");
    }

    @Test
    void whoMayNotSeeTheNetworkGetsNothing() throws Exception {
        Network centrum = network("Wijkverband Centrum");
        for (String path : new String[] {"/networks/{id}/charter/view", "/networks/{id}/charter/pdf"}) {
            assertThat(body(mvc.perform(get(path, centrum.id()).with(stranger(Role.COORDINATOR)))
                    .andExpect(status().isNotFound()))).doesNotContain("Wijkverband Centrum");
            mvc.perform(get(path, centrum.id()).with(stranger(Role.RESV_STAFF))).andExpect(status().isNotFound());
            mvc.perform(get(path, UUID.randomUUID()).with(as("coordinator"))).andExpect(status().isNotFound());
            mvc.perform(get(path, centrum.id()).with(as("client"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/networks/{id}/charter/view", "not-an-id").with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/networks/{id}/charter", centrum.id()).with(as("nurse")).with(csrf())
                .param("purpose", "Overgenomen")).andExpect(status().isForbidden());
    }
}
