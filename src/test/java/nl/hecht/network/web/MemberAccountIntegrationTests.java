package nl.hecht.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.Networks;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * Linking a member of a network to a Hecht account on the member form: the linked account then counts as member or
 * coordinator, an account is linked once per network, clients' accounts are not offered, unlinking on edit; the
 * demo pharmacist is linked by account where his pharmacy takes part, not in Wijkverband Oost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MemberAccountIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;
    @Autowired
    Networks networkApi;

    private static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    private RequestPostProcessor as(String username) {
        AccountSummary account = account(username);
        return as(new CurrentUser(account.id(), account.username(), account.displayName(), account.organisation(),
                account.discipline(), account.roles()));
    }

    private AccountSummary account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private Network network(String name) {
        var region = regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst()
                .orElseThrow();
        return networks.networksIn(region.id()).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private Member member(Network network, AccountId account) {
        return network.currentMembers(LocalDate.now()).stream().filter(m -> m.isAccount(account)).findFirst()
                .orElseThrow();
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFormOffersActiveAccountsButNoClients() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}/members/new", network("Wijkverband Oost").id())
                .with(as("coordinator"))).andExpect(status().isOk()));

        assertThat(html).contains("Hecht-account", "Pieter Bakker, Apotheek Het Plein, Apotheker",
                "Ruben de Regio, RESV Regio Voorbeeld", "Geen account (alleen op naam)");
        assertThat(html).doesNotContain("Karel Smit", account("client").id().value().toString());
    }

    @Test
    void aLinkedCoordinatorAccountCountsAsCoordinatorAndLendsItsName() throws Exception {
        Network oost = network("Wijkverband Oost");
        AccountId pharmacist = account("pharmacist").id();
        assertThat(networkApi.isCoordinator(oost.id(), pharmacist)).isFalse();

        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", pharmacist.value().toString()).param("personName", "")
                .param("disciplineCode", "PHARMACIST").param("roles", "LIAISON", "COORDINATOR")
                .param("validFrom", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "member.added"));

        assertThat(networkApi.isMember(oost.id(), pharmacist)).isTrue();
        assertThat(networkApi.isCoordinator(oost.id(), pharmacist)).isTrue();
        assertThat(member(network("Wijkverband Oost"), pharmacist).personName()).isEqualTo("Pieter Bakker");
    }

    @Test
    void choosingOnlyAnAccountFillsNameOrganisationAndDiscipline() throws Exception {
        Network oost = network("Wijkverband Oost");
        AccountId pharmacist = account("pharmacist").id();

        String form = body(mvc.perform(get("/networks/{id}/members/new", oost.id()).with(as("coordinator"))));
        assertThat(form).contains("data-member-account", "data-name=\"Pieter Bakker\"",
                "data-organisation=\"Apotheek Het Plein\"", "data-discipline=\"Apotheker\"", "/js/member-form",
                "id=\"liaison-hint\"", "telt wel mee voor de samenstelling");

        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", pharmacist.value().toString()).param("personName", "").param("disciplineCode", "")
                .param("organisationId", "").param("validFrom", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "member.added"));

        Member added = member(network("Wijkverband Oost"), pharmacist);
        assertThat(added.personName()).isEqualTo("Pieter Bakker");
        assertThat(added.disciplineCode()).isEqualTo("PHARMACIST");
        assertThat(added.organisationId()).as("Apotheek Het Plein").isNotNull();
    }

    @Test
    void withoutAccountNameAndDisciplineTheSummaryLinksToTheFieldsInDutch() throws Exception {
        String html = body(mvc.perform(post("/networks/{id}/members", network("Wijkverband Oost").id())
                .with(as("coordinator")).with(csrf()).param("personName", "").param("disciplineCode", "")
                .param("email", "geen-adres")).andExpect(status().isOk()));

        assertThat(html).contains("id=\"error-summary\"", "href=\"#personName\"", "href=\"#disciplineCode\"",
                "href=\"#email\"", "Kies de discipline van dit lid.", "Vul de naam in, of kies een Hecht-account.",
                "Vul een geldig e-mailadres in")
                .doesNotContain("onbeschreven", "must not", "moet een geldig");
    }

    @Test
    void anAccountLinkedAlreadyIsRefusedAtTheFieldWithEverythingTypedKept() throws Exception {
        Network oost = network("Wijkverband Oost");
        AccountId nurse = account("nurse").id();
        int before = oost.currentMembers(LocalDate.now()).size();

        String html = body(mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", nurse.value().toString()).param("personName", "Noor Jansen (tweede)")
                .param("disciplineCode", "DISTRICT_NURSE").param("phone", "06-0000 7777"))
                .andExpect(status().isOk()).andExpect(view().name(MemberController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "accountId",
                        "member.error.account-linked")));

        assertThat(html).contains("Dit Hecht-account is al gekoppeld aan een ander lid van dit netwerk",
                "Noor Jansen (tweede)", "06-0000 7777", "id=\"accountId-error\"");
        assertThat(network("Wijkverband Oost").currentMembers(LocalDate.now())).hasSize(before);
    }

    @Test
    void aClientsAccountCannotBeLinked() throws Exception {
        Network oost = network("Wijkverband Oost");
        AccountId client = account("client").id();

        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", client.value().toString()).param("personName", "")
                .param("disciplineCode", "GP"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("memberForm",
                        "personName", "member.error.name"));
        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", client.value().toString()).param("personName", "Karel Smit")
                .param("disciplineCode", "GP"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("memberForm",
                        "accountId", "member.error.account"));

        assertThat(networkApi.isMember(oost.id(), client)).isFalse();
    }

    @Test
    void aMemberIsUnlinkedOnEdit() throws Exception {
        Network oost = network("Wijkverband Oost");
        AccountId coordinator = account("coordinator").id();
        Member carla = member(oost, coordinator);
        String edit = body(mvc.perform(get("/networks/{id}/members/{m}/edit", oost.id(), carla.id())
                .with(as("resv"))).andExpect(status().isOk()));
        assertThat(edit).containsPattern("value=\"" + coordinator.value() + "\"[^>]*\\sselected");

        mvc.perform(post("/networks/{id}/members/{m}", oost.id(), carla.id()).with(as("resv")).with(csrf())
                .param("accountId", "").param("personName", carla.personName())
                .param("disciplineCode", carla.disciplineCode()).param("roles", "COORDINATOR"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "member.changed"));

        assertThat(networkApi.isCoordinator(oost.id(), coordinator)).isFalse();
        assertThat(networkApi.isMember(oost.id(), coordinator)).isFalse();
    }

    @Test
    void someoneElsesNetworkIsNotFoundAndNothingIsLinked() throws Exception {
        Network centrum = network("Wijkverband Centrum");
        Network oost = network("Wijkverband Oost");
        AccountId pharmacist = account("pharmacist").id();
        CurrentUser stranger = new CurrentUser(AccountId.random(), "stranger", "Iemand Anders", null, null,
                Set.of(Role.COORDINATOR));

        mvc.perform(post("/networks/{id}/members", centrum.id()).with(as(stranger)).with(csrf())
                .param("accountId", pharmacist.value().toString()).param("disciplineCode", "PHARMACIST"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/members/new", UUID.randomUUID()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        Member ofCentrum = centrum.currentMembers(LocalDate.now()).get(0);
        mvc.perform(get("/networks/{id}/members/{m}/edit", oost.id(), ofCentrum.id()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        // Centrum is visible to Oost's coordinator, but not his to change
        mvc.perform(post("/networks/{id}/members", centrum.id()).with(as("coordinator")).with(csrf())
                .param("accountId", account("coordinator").id().value().toString())
                .param("disciplineCode", "GP").param("roles", "COORDINATOR")).andExpect(status().isForbidden());

        assertThat(networkApi.isCoordinator(centrum.id(), account("coordinator").id())).isFalse();
    }

    @Test
    void theDemoPharmacistIsLinkedByAccountForHisPharmacyButNotInOost() {
        AccountId pharmacist = account("pharmacist").id();

        assertThat(networkApi.isMember(network("Wijkverband Centrum").id(), pharmacist)).isTrue();
        assertThat(networkApi.isMember(network("Ouderenteam De Linde en Het Anker").id(), pharmacist)).isTrue();
        assertThat(networkApi.isMember(network("Wijkverband West").id(), pharmacist)).isTrue();
        assertThat(networkApi.isMember(network("Wijkverband Oost").id(), pharmacist)).isFalse();
    }
}
