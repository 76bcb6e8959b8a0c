package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.StakeholderKind;

/**
 * RESV staff manage their region's staff, stakeholders and expected disciplines: the happy path, bad input that comes
 * back as typed with a Dutch message at the field, and people without the right who get 403 or 404 and see nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RegionManagementIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private AccountSummary account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void resvStaffSeeTheirRegionsStaffStakeholdersAndDisciplines() throws Exception {
        String html = body(mvc.perform(get("/regions/{id}", region().id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(view().name(RegionController.VIEW)));

        assertThat(html).doesNotContain("Regio Regio");
        assertThat(html).contains(">Regio Voorbeeld</h1>", "Voorbeeldstad", "Ruben de Regio", "gebiedsmanager",
                "projectleider", "Zorgverzekeraar Voorbeeld", "Verwachte disciplines",
                "/regions/" + region().id() + "/networks/new");
    }

    @Test
    void resvStaffAddAnAreaManagerAndRemoveTheAssignmentAgain() throws Exception {
        AccountSummary resv = account("resv");
        int before = region().staff().size();

        mvc.perform(post("/regions/{id}/staff", region().id()).with(as("resv")).with(csrf())
                .param("accountId", resv.id().toString()).param("role", "AREA_MANAGER").param("municipality", ""))
                .andExpect(redirectedUrl("/regions/" + region().id() + "#staff"))
                .andExpect(flash().attribute("flashMessage", "region.staff.added"));
        assertThat(region().staff()).hasSize(before + 1).anySatisfy(assignment -> {
            assertThat(assignment.role()).isEqualTo(StaffRole.AREA_MANAGER);
            assertThat(assignment.municipalityCode()).isNull();
        });

        assertThat(body(mvc.perform(post("/regions/{id}/staff/remove", region().id()).with(as("resv")).with(csrf())
                .param("accountId", resv.id().toString()).param("role", "AREA_MANAGER").param("municipality", ""))
                .andExpect(status().isOk()))).contains("Weet u het zeker?", "Ruben de Regio");
        assertThat(region().staff()).as("only asked").hasSize(before + 1);
        mvc.perform(post("/regions/{id}/staff/remove", region().id()).with(as("resv")).with(csrf())
                .param("accountId", resv.id().toString()).param("role", "AREA_MANAGER").param("municipality", "")
                .param("confirmed", "true"))
                .andExpect(flash().attribute("flashMessage", "region.staff.removed"));
        assertThat(region().staff()).hasSize(before);
    }

    @Test
    void staffMustBeResvAccountsAndOnlyAreaManagersBelongToAMunicipality() throws Exception {
        int before = region().staff().size();

        assertThat(body(mvc.perform(post("/regions/{id}/staff", region().id()).with(as("resv")).with(csrf())
                .param("accountId", account("nurse").id().toString()).param("role", "STAFF"))
                .andExpect(status().isOk()).andExpect(view().name(RegionController.VIEW))))
                .contains("id=\"accountId-error\"", "Kies een actief account met de rol RESV-medewerker.");
        assertThat(body(mvc.perform(post("/regions/{id}/staff", region().id()).with(as("resv")).with(csrf())
                .param("accountId", account("resv").id().toString()).param("role", "PROJECT_LEAD")
                .param("municipality", "GM9901")).andExpect(status().isOk())))
                .contains("id=\"municipality-error\"", "Alleen een gebiedsmanager hoort bij een gemeente",
                        "value=\"PROJECT_LEAD\" selected", "value=\"GM9901\" selected");
        assertThat(body(mvc.perform(post("/regions/{id}/staff", region().id()).with(as("resv")).with(csrf())
                .param("accountId", "").param("role", "STAFF")).andExpect(status().isOk())))
                .contains("id=\"accountId-error\"");
        assertThat(region().staff()).hasSize(before);
    }

    @Test
    void resvStaffAddAnInsurerWithItsContactPersonAndRemoveIt() throws Exception {
        int before = region().stakeholders().size();

        mvc.perform(post("/regions/{id}/stakeholders", region().id()).with(as("resv")).with(csrf())
                .param("kind", "MUNICIPALITY").param("name", "Gemeente Dorpenland").param("contactName", "Fictieve Wethouder")
                .param("contactEmail", "wethouder@dorpenland.invalid").param("contactPhone", "030 123 45 67"))
                .andExpect(redirectedUrl("/regions/" + region().id() + "#stakeholders"))
                .andExpect(flash().attribute("flashMessage", "region.stakeholder.added"));

        assertThat(region().stakeholders()).hasSize(before + 1).last().satisfies(stakeholder -> {
            assertThat(stakeholder.kind()).isEqualTo(StakeholderKind.MUNICIPALITY);
            assertThat(stakeholder.contactName()).isEqualTo("Fictieve Wethouder");
        });
        assertThat(body(mvc.perform(get("/regions/{id}", region().id()).with(as("resv")))))
                .contains("Gemeente Dorpenland", "wethouder@dorpenland.invalid");

        assertThat(body(mvc.perform(post("/regions/{id}/stakeholders/{index}/remove", region().id(), before)
                .with(as("resv")).with(csrf())).andExpect(status().isOk()))).contains("Weet u het zeker?");
        assertThat(region().stakeholders()).as("only asked").hasSize(before + 1);
        mvc.perform(post("/regions/{id}/stakeholders/{index}/remove", region().id(), before).with(as("resv"))
                .with(csrf()).param("confirmed", "true")).andExpect(flash().attribute("flashMessage", "region.stakeholder.removed"));
        assertThat(region().stakeholders()).hasSize(before);
    }

    @Test
    void aStakeholderWithMistakesComesBackAsTyped() throws Exception {
        int before = region().stakeholders().size();

        String html = body(mvc.perform(post("/regions/{id}/stakeholders", region().id()).with(as("resv")).with(csrf())
                .param("kind", "HEALTH_INSURER").param("name", "").param("contactName", "Fictieve Inkoper")
                .param("contactEmail", "geen-adres").param("contactPhone", "bel me"))
                .andExpect(status().isOk()).andExpect(view().name(RegionController.VIEW)));

        assertThat(html).contains("id=\"contactEmail-error\"", "Dit is geen geldig e-mailadres.",
                "id=\"contactPhone-error\"", "Een telefoonnummer bestaat uit cijfers", "value=\"Fictieve Inkoper\"",
                "value=\"geen-adres\"", "value=\"bel me\"");
        assertThat(body(mvc.perform(post("/regions/{id}/stakeholders", region().id()).with(as("resv")).with(csrf())
                .param("kind", "HEALTH_INSURER").param("name", " ").param("contactName", "Fictieve Inkoper"))
                .andExpect(status().isOk()))).contains("id=\"name-error\"", "of kies een organisatie");
        assertThat(region().stakeholders()).hasSize(before);
    }

    @Test
    void resvStaffSetTheDisciplinesTheyExpect() throws Exception {
        mvc.perform(post("/regions/{id}/expected-disciplines", region().id()).with(as("resv")).with(csrf())
                .param("disciplines", "PHYSIOTHERAPIST", "DIETITIAN"))
                .andExpect(redirectedUrl("/regions/" + region().id() + "#disciplines"))
                .andExpect(flash().attribute("flashMessage", "region.disciplines.saved"));

        assertThat(region().expectedDisciplines()).containsExactlyInAnyOrder("PHYSIOTHERAPIST", "DIETITIAN");
    }

    @Test
    void coordinatorsProfessionalsClientsAndOtherRegionsStaffCannotManageTheRegion() throws Exception {
        int staff = region().staff().size();
        int stakeholders = region().stakeholders().size();

        mvc.perform(get("/regions/{id}", region().id()).with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/regions/{id}", region().id()).with(as("nurse"))).andExpect(status().isForbidden());
        mvc.perform(get("/regions/{id}", region().id()).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(post("/regions/{id}/stakeholders", region().id()).with(as("coordinator")).with(csrf())
                .param("kind", "OTHER").param("name", "Sluiproute")).andExpect(status().isForbidden());
        String html = body(mvc.perform(get("/regions/{id}", region().id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound()));
        mvc.perform(post("/regions/{id}/staff", region().id()).with(stranger(Role.RESV_STAFF)).with(csrf())
                .param("accountId", account("resv").id().toString()).param("role", "STAFF"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/{id}/stakeholders/0/remove", region().id()).with(stranger(Role.RESV_STAFF))
                .with(csrf())).andExpect(status().isNotFound());

        assertThat(html).doesNotContain("Regio Voorbeeld", "Ruben de Regio");
        assertThat(region().staff()).hasSize(staff);
        assertThat(region().stakeholders()).hasSize(stakeholders);
    }
}
