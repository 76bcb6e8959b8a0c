package nl.hecht.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * Issue 11 over HTTP with the demo data: a coordinator chooses the GP practices of a practice-based network and sees
 * their list sizes summed (R136); a thematic network records the core networks it works with, shown on both pages
 * (R157); the contact point (R054, R092); task packages and mandates for the network's members only (R046, R048); and
 * the practice manager who records their own practice's inventory but not another's (R177).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NetworkConnectionsIntegrationTests {

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

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return networks.networksIn(region().id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private UUID organisation(String name) {
        return organisations.findByName(name).orElseThrow().id().value();
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    // --- practices (R136) ---------------------------------------------------------------------------------

    @Test
    void theCoordinatorChoosesTwoPracticesAndSeesTheirListSizesSummed() throws Exception {
        Network team = network("Ouderenteam Oost");
        String page = body(mvc.perform(get("/networks/{id}/practices", team.id()).with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(view().name(NetworkConnectionController.PRACTICES_VIEW)));
        // the demo chose De Linde (2,850) and Gezondheidscentrum Oost (6,200)
        assertThat(page).contains("Huisartsenpraktijken van Ouderenteam Oost", "2 praktijken, samen 9.050",
                "Huisartsenpraktijk Het Anker", "ook in Ouderenteam De Linde en Het Anker");

        mvc.perform(post("/networks/{id}/practices", team.id()).with(as("coordinator")).with(csrf())
                .param("practice", organisation("Huisartsenpraktijk Molenzicht").toString())
                .param("practice", organisation("Huisartsenpraktijk De Vaart").toString()))
                .andExpect(redirectedUrl("/networks/" + team.id() + "/practices"))
                .andExpect(flash().attribute("flashMessage", "practices.choice.saved"));

        assertThat(body(mvc.perform(get("/networks/{id}/practices", team.id()).with(as("coordinator")))))
                .contains("2 praktijken, samen 6.200");
        assertThat(body(mvc.perform(get("/networks/{id}", team.id()).with(as("coordinator")))))
                .contains("samen 6.200 ingeschreven", "Huisartsenpraktijk Molenzicht", "id=\"practices-link\"");
    }

    @Test
    void anOrganisationThatIsNoGpPracticeIsRefusedWithAReason() throws Exception {
        Network team = network("Ouderenteam Oost");
        mvc.perform(post("/networks/{id}/practices", team.id()).with(as("coordinator")).with(csrf())
                .param("practice", organisation("Apotheek Oost").toString()))
                .andExpect(flash().attribute("errorMessage", "network.error.practice-unknown"));
        mvc.perform(post("/networks/{id}/practices", team.id()).with(as("coordinator")).with(csrf())
                .param("practice", "geen-id")).andExpect(status().isBadRequest());
        assertThat(network("Ouderenteam Oost").servedPractices()).hasSize(2);
    }

    @Test
    void aNetworkOfNeighbourhoodsHasNoPracticeScreenAndAProfessionalChangesNothing() throws Exception {
        mvc.perform(get("/networks/{id}/practices", network("Wijkverband Oost").id()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/practices", network("Ouderenteam Oost").id()).with(as("nurse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/practices", network("Ouderenteam Oost").id()).with(as("client")))
                .andExpect(status().isForbidden());
    }

    // --- relations (R157) --------------------------------------------------------------------------------

    @Test
    void aThematicNetworkRecordsTheCoreNetworksItWorksWithAndBothPagesShowIt() throws Exception {
        Network school = network("Schoolteam Zuid");
        Network noord = network("Wijkverband Noord");
        assertThat(body(mvc.perform(get("/networks/{id}/relations", school.id()).with(as("resv")))
                .andExpect(status().isOk()))).contains("Samenwerking van Schoolteam Zuid met kernnetwerken",
                        "Wijkverband Noord", "De POH jeugd is de verbinding met de huisartsen.");

        mvc.perform(post("/networks/{id}/relations", school.id()).with(as("resv")).with(csrf())
                .param("related", noord.id().toString()).param("note-" + noord.id(), "Samen <b>MDO</b> jeugd"))
                .andExpect(flash().attribute("flashMessage", "relations.saved"));

        assertThat(body(mvc.perform(get("/networks/{id}", school.id()).with(as("resv")))))
                .contains("Werkt samen met deze kernnetwerken", "Wijkverband Noord", "Samen &lt;b&gt;MDO&lt;/b&gt; jeugd")
                .doesNotContain("<b>MDO</b>");
        assertThat(body(mvc.perform(get("/networks/{id}", noord.id()).with(as("resv")))))
                .contains("Thematische netwerken die met ons samenwerken", "Schoolteam Zuid");
        String zuid = body(mvc.perform(get("/networks/{id}", network("Wijkverband Zuid").id()).with(as("resv"))));
        String workedWithBy = zuid.substring(zuid.indexOf("id=\"relations\""), zuid.indexOf("id=\"composition\""));
        assertThat(workedWithBy).contains("Jeugdnetwerk Zuid").doesNotContain("Schoolteam Zuid");
    }

    @Test
    void aCoreNetworkHasNoRelationScreenAndAnotherRegionsNetworkIsRefused() throws Exception {
        mvc.perform(get("/networks/{id}/relations", network("Wijkverband Oost").id()).with(as("resv")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/networks/{id}/relations", network("Schoolteam Zuid").id()).with(as("resv")).with(csrf())
                .param("related", network("Jeugdnetwerk Zuid").id().toString()))
                .andExpect(flash().attribute("errorMessage", "network.error.relation-not-core"));
        mvc.perform(get("/networks/{id}/relations", network("Schoolteam Zuid").id()).with(as("nurse")))
                .andExpect(status().isForbidden());
    }

    // --- contact point (R054, R092) and tasks (R046, R048) -----------------------------------------------------

    @Test
    void theCoordinatorNamesTheContactPointAndWhoToCallShowsIt() throws Exception {
        Network oost = network("Wijkverband Oost");
        mvc.perform(post("/networks/{id}/contact-point", oost.id()).with(as("coordinator")).with(csrf())
                .param("name", "Wijkspreekuur Oost").param("phone", "").param("email", "oost@hecht-demo.invalid")
                .param("hours", "dinsdag 9:00-12:00").param("reachableFor", "Eerste vragen"))
                .andExpect(redirectedUrl("/networks/" + oost.id() + "#contact-point"));

        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("nurse")))))
                .contains("Aanspreekpunt van het netwerk", "Wijkspreekuur Oost", "oost@hecht-demo.invalid");
        assertThat(body(mvc.perform(get("/networks/{id}/who-to-call", oost.id()).with(as("nurse")))))
                .contains("Wijkspreekuur Oost", "dinsdag 9:00-12:00");
    }

    @Test
    void aContactPointWithoutPhoneOrEmailComesBackAsTyped() throws Exception {
        String html = body(mvc.perform(post("/networks/{id}/contact-point", network("Wijkverband Oost").id())
                .with(as("coordinator")).with(csrf()).param("name", "Wijkspreekuur Oost").param("phone", "")
                .param("email", "").param("hours", "dinsdag")).andExpect(status().isOk())
                .andExpect(view().name(NetworkConnectionController.CONTACT_VIEW)));

        assertThat(html).contains("Vul een telefoonnummer of een e-mailadres in.", "value=\"Wijkspreekuur Oost\"",
                "value=\"dinsdag\"");
        mvc.perform(get("/networks/{id}/contact-point", network("Wijkverband Oost").id()).with(as("nurse")))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersSeeEachOthersTasksAndMandatesOthersDoNot() throws Exception {
        Network ggz = network("GGZ-netwerk Haven en West");
        String task = "Mag namens GGZ Voorbeeld afspraken maken over consultatie";
        // the RESV manages the network; the demo pharmacist sees the region (a member elsewhere) but is not in it
        assertThat(body(mvc.perform(get("/networks/{id}", ggz.id()).with(as("resv"))))).contains(task,
                "Taken en mandaat");
        assertThat(body(mvc.perform(get("/networks/{id}/who-to-call", ggz.id()).with(as("resv"))))).contains(task);
        assertThat(body(mvc.perform(get("/networks/{id}", ggz.id()).with(as("pharmacist")))
                .andExpect(status().isOk()))).doesNotContain(task, "Taken en mandaat");
        assertThat(body(mvc.perform(get("/networks/{id}/who-to-call", ggz.id()).with(as("pharmacist")))))
                .doesNotContain(task);
        // the nurse is a member of Oost: she sees the mandates there
        assertThat(body(mvc.perform(get("/networks/{id}/who-to-call", network("Wijkverband Oost").id())
                .with(as("nurse"))))).contains("Mandaat");
    }

    // --- the practice manager (R177) ---------------------------------------------------------------------

    @Test
    void thePracticeManagerRecordsTheirOwnPracticesInventoryButNotAnothers() throws Exception {
        String own = "/regions/" + region().id() + "/practices/" + organisation("Huisartsenpraktijk Het Anker")
                + "/inventory";
        String other = "/regions/" + region().id() + "/practices/" + organisation("Huisartsenpraktijk De Linde")
                + "/inventory";
        mvc.perform(get(own).with(as("practicemanager"))).andExpect(status().isOk());
        mvc.perform(post(own).with(as("practicemanager")).with(csrf()).param("rows[0].disciplineCode", "PHARMACIST")
                .param("rows[0].providerOrganisationId", organisation("Apotheek Oost").toString())
                .param("rows[0].status", "ALREADY")).andExpect(redirectedUrl(own));
        mvc.perform(get(other).with(as("practicemanager"))).andExpect(status().isNotFound());
        // the region's merged view is for RESV staff: refused by role
        mvc.perform(get("/regions/{id}/practices", region().id()).with(as("practicemanager")))
                .andExpect(status().isForbidden());
        assertThat(body(mvc.perform(get("/").with(as("practicemanager"))))).contains("Inventarisatie van "
                + "Huisartsenpraktijk Het Anker", own);
    }
}
