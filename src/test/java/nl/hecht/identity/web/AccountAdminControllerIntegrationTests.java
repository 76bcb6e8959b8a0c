package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;

@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminControllerIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;

    @Test
    void onlyAdministratorsReachTheAccountPages() throws Exception {
        mvc.perform(get("/admin/accounts").with(Logins.as(accounts, "resv"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").with(Logins.as(accounts, "nurse"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(Logins.as(accounts, "coordinator")).with(csrf())
                .param("username", unique("sneaky")).param("displayName", "X").param("email", "x@example.nl")
                .param("roles", "ADMIN")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theListShowsEveryAccountWithItsState() throws Exception {
        mvc.perform(get("/admin/accounts").with(Logins.as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountAdminController.VIEW_LIST))
                .andExpect(content().string(allOf(containsString("Noor Jansen"), containsString("Thuiszorg Voorbeeld"),
                        containsString("Wijkverpleegkundige"), containsString("coördinator"), containsString("actief"))));
    }

    @Test
    void anInvitationShowsTheOneTimeLinkAndWhetherItWasMailed() throws Exception {
        String username = unique("sanne");
        MvcResult result = mvc.perform(post("/admin/accounts").with(Logins.as(accounts, "admin")).with(csrf())
                        .param("username", username).param("displayName", "Sanne de Test")
                        .param("email", "sanne@example.nl").param("organisation", "Welzijn Test")
                        .param("discipline", "Sociaal werker").param("roles", "PROFESSIONAL", "COORDINATOR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/accounts/*"))
                .andExpect(flash().attribute("invitationMailed", false))
                .andReturn();
        String link = (String) result.getFlashMap().get("invitationLink");
        assertThat(link).contains("/invite/");
        assertThat(accounts.findByUsername(username).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.COORDINATOR);

        // the flash attributes travel in the (Spring Session) session, named by its cookie
        Cookie session = result.getResponse().getCookie("SESSION");
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(Logins.as(accounts, "admin")).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(link), containsString("niet per e-mail verstuurd"),
                        containsString("Het account is aangemaakt."))));
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(Logins.as(accounts, "admin")).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void badInputKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        mvc.perform(post("/admin/accounts").with(Logins.as(accounts, "admin")).with(csrf())
                        .param("username", "iemand nieuw").param("displayName", "Iemand Nieuw")
                        .param("email", "geen-e-mailadres").param("organisation", "Huisartsenpraktijk Test")
                        .param("discipline", "Praktijkondersteuner"))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountAdminController.VIEW_INVITE))
                .andExpect(content().string(allOf(
                        containsString("value=\"iemand nieuw\""), containsString("value=\"Iemand Nieuw\""),
                        containsString("value=\"geen-e-mailadres\""), containsString("value=\"Huisartsenpraktijk Test\""),
                        containsString("value=\"Praktijkondersteuner\""),
                        containsString("Een gebruikersnaam heeft 2 tot 100 tekens"),
                        containsString("Dit is geen geldig e-mailadres"),
                        containsString("Kies minstens één rol."))));
        assertThat(accounts.findByUsername("iemand nieuw")).isEmpty();
    }

    @Test
    void aTakenUsernameIsShownAtTheFieldWithTheRolesStillChosen() throws Exception {
        mvc.perform(post("/admin/accounts").with(Logins.as(accounts, "admin")).with(csrf())
                        .param("username", "Nurse").param("displayName", "Tweede Noor")
                        .param("email", "noor2@example.nl").param("roles", "CLIENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Deze gebruikersnaam is al in gebruik"),
                        containsString("value=\"Tweede Noor\""),
                        containsString("id=\"role-CLIENT\" value=\"CLIENT\" checked=\"checked\""))));
    }

    @Test
    void messagesAreInEnglishOnRequest() throws Exception {
        mvc.perform(post("/admin/accounts").with(Logins.as(accounts, "admin")).with(csrf()).param("lang", "en")
                        .param("username", "").param("displayName", "").param("email", ""))
                .andExpect(content().string(allOf(containsString("Enter a username."), containsString("Choose at least one role."))));
    }

    @Test
    void anAdministratorChangesDetailsAndRoles() throws Exception {
        AccountId id = invite(unique("edit"));

        mvc.perform(post("/admin/accounts/{id}", id.value()).with(Logins.as(accounts, "admin")).with(csrf())
                        .param("displayName", "Nieuwe Naam").param("email", "nieuw@example.nl")
                        .param("organisation", "").param("discipline", "Fysiotherapeut").param("roles", "COORDINATOR"))
                .andExpect(redirectedUrl("/admin/accounts/" + id.value()))
                .andExpect(flash().attribute("flashMessage", "account.saved"));

        var account = accounts.overview(id).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nieuwe Naam");
        assertThat(account.organisation()).isNull();
        assertThat(account.roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void anInvalidChangeKeepsTheInputOnTheAccountPage() throws Exception {
        AccountId id = invite(unique("invalid"));

        mvc.perform(post("/admin/accounts/{id}", id.value()).with(Logins.as(accounts, "admin")).with(csrf())
                        .param("displayName", "").param("email", "nog-steeds-geen-adres").param("roles", "CLIENT"))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountAdminController.VIEW_ACCOUNT))
                .andExpect(content().string(allOf(containsString("Vul de naam in."),
                        containsString("value=\"nog-steeds-geen-adres\""))));
        assertThat(accounts.overview(id).orElseThrow().displayName()).isEqualTo("Test Persoon");
    }

    @Test
    void anAdministratorCannotDeactivateThemselfButCanDeactivateOthers() throws Exception {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/admin/accounts/{id}/deactivate", admin.value()).with(Logins.as(accounts, "admin")).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/accounts/" + admin.value()))
                .andExpect(flash().attribute("actionError", "account.error.self-deactivate"));
        assertThat(accounts.find(admin).orElseThrow().isActive()).isTrue();

        AccountId other = invite(unique("other"));
        mvc.perform(post("/admin/accounts/{id}/deactivate", other.value()).with(Logins.as(accounts, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weet u het zeker?")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        assertThat(accounts.find(other).orElseThrow().isActive()).as("only asked").isTrue();
        mvc.perform(post("/admin/accounts/{id}/deactivate", other.value()).with(Logins.as(accounts, "admin")).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("flashMessage", "account.deactivated"))
                .andExpect(flash().attribute("flashUndo", "/admin/accounts/" + other.value() + "/activate"));
        assertThat(accounts.find(other).orElseThrow().isActive()).isFalse();
        mvc.perform(post("/admin/accounts/{id}/activate", other.value()).with(Logins.as(accounts, "admin")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "account.activated"));
        assertThat(accounts.find(other).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aNewLinkAndAResetOfTheSecondFactor() throws Exception {
        AccountId id = invite(unique("reset"));

        MvcResult result = mvc.perform(post("/admin/accounts/{id}/reinvite", id.value()).with(Logins.as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashMessage", "account.reinvited"))
                .andReturn();
        assertThat((String) result.getFlashMap().get("invitationLink")).contains("/invite/");

        mvc.perform(post("/admin/accounts/{id}/reset-mfa", id.value()).with(Logins.as(accounts, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weet u het zeker?")));
        mvc.perform(post("/admin/accounts/{id}/reset-mfa", id.value()).with(Logins.as(accounts, "admin")).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("flashMessage", "account.mfa-reset"));
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/accounts/{id}", UUID.randomUUID()).with(Logins.as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLoginPageOffersNoProviderWithoutOidcConfiguration() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("oidc-providers"))));
        mvc.perform(get("/oauth2/authorization/any")).andExpect(redirectedUrl("/login"));
    }

    private AccountId invite(String username) {
        return accounts.invite(username, new AccountDetails("Test Persoon", username + "@example.nl", null, null),
                Set.of(Role.PROFESSIONAL)).account();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
