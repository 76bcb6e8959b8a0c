package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.identity.internal.TotpService;

@SpringBootTest
@AutoConfigureMockMvc
class ProfileControllerIntegrationTests {

    private static final String PASSWORD = "fietsen langs de vecht in mei";
    private static final String NEW_PASSWORD = "wandelen door de wijk in juni";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TotpService totp;

    private String username;
    private AccountId id;
    private String secret;
    private RequestPostProcessor me;

    private java.util.List<String> recoveryCodes;

    @BeforeEach
    void anAccountWithPasswordAndSecondFactor() throws Exception {
        username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagement.Invited invited = accounts.invite(username,
                new AccountDetails("Pim Profiel", username + "@example.nl", "Fysio De Brug", "Fysiotherapeut"),
                Set.of(Role.PROFESSIONAL));
        accounts.acceptInvitation(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
        secret = totp.newSecret();
        recoveryCodes = accounts.enrolTotp(invited.account(), secret, code(secret));
        id = invited.account();
        me = Logins.as(accounts.find(id).orElseThrow().toCurrentUser());
    }

    @Test
    void theProfileShowsOwnDetailsAndTheRecoveryCodesLeft() throws Exception {
        mvc.perform(get("/profile").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pim Profiel"), containsString(username + "@example.nl"),
                        containsString("Fysio De Brug"), containsString("U hebt nog 10 ongebruikte herstelcodes."))));
        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtItsField() throws Exception {
        changePassword("niet mijn wachtwoord", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("changePasswordForm", "current", "password.error.current"))
                .andExpect(content().string(containsString("Uw huidige wachtwoord klopt niet.")));
        loginWith(PASSWORD, "/login/code");
    }

    @Test
    void wrongCurrentPasswordsCountAndLockTheAccountLikeTheLogin() throws Exception {
        for (int attempt = 1; attempt < 5; attempt++) {
            changePassword("geraden-" + attempt, NEW_PASSWORD, NEW_PASSWORD)
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("changePasswordForm", "current", "password.error.current"));
        }
        assertThat(accounts.find(id).orElseThrow().failedAttempts()).isEqualTo(4);

        changePassword("geraden-5", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("loginError", "login.error.locked"));
        assertThat(accounts.find(id).orElseThrow().lockedUntil()).isPresent();

        // locked: the right current password is refused too, and counts
        changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("loginError", "login.error.locked"));
        assertThat(accounts.find(id).orElseThrow().failedAttempts()).isEqualTo(6);
        mvc.perform(post("/profile/mfa").with(me).with(csrf()).param("code", "123456").param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/profile/mfa"));
        Cookie login = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/login").cookie(login))
                .andExpect(content().string(containsString(LoginLockoutIntegrationTests.CREDENTIALS)));
        loginWith(NEW_PASSWORD, "/login");
    }

    @Test
    void aNewPasswordMustBeRepeatedAndFollowThePolicy() throws Exception {
        changePassword(PASSWORD, NEW_PASSWORD, "iets anders")
                .andExpect(content().string(containsString("De twee wachtwoorden zijn niet gelijk.")));
        changePassword(PASSWORD, "password1234", "password1234")
                .andExpect(content().string(containsString("Dit wachtwoord is te makkelijk te raden")));
        loginWith(PASSWORD, "/login/code");
    }

    @Test
    void thePasswordIsChanged() throws Exception {
        changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flashMessage", "profile.password.changed"));

        loginWith(NEW_PASSWORD, "/login/code");
        loginWith(PASSWORD, "/login");
    }

    @Test
    void theSecondFactorIsReplacedOnlyWhenTheNewOneIsConfirmed() throws Exception {
        MvcResult enrolment = mvc.perform(get("/profile/mfa").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andReturn();
        // the new secret waits in the (Spring Session) session, named by its cookie
        Cookie session = enrolment.getResponse().getCookie("SESSION");
        String newSecret = shownSecret(enrolment.getResponse().getContentAsString());
        assertThat(newSecret).hasSize(32).isNotEqualTo(secret);
        assertThat(accounts.find(id).orElseThrow().totpSecret()).as("the old one still works").contains(secret);
        mvc.perform(get("/profile/mfa").with(me).cookie(session))
                .andExpect(content().string(containsString(enrolment.getModelAndView().getModel().get("secretGroups").toString())));

        mvc.perform(post("/profile/mfa").with(me).with(csrf()).cookie(session).param("code", code(newSecret))
                        .param("currentPassword", "not my password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw huidige wachtwoord klopt niet.")));
        assertThat(accounts.find(id).orElseThrow().totpSecret()).contains(secret);

        mvc.perform(post("/profile/mfa").with(me).with(csrf()).cookie(session).param("code", code(secret))
                        .param("currentPassword", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.VIEW_MFA))
                .andExpect(content().string(containsString("Deze code klopt niet.")));
        assertThat(accounts.find(id).orElseThrow().totpSecret()).contains(secret);

        mvc.perform(post("/profile/mfa").with(me).with(csrf()).cookie(session).param("code", code(newSecret))
                        .param("currentPassword", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name(ProfileController.VIEW_RECOVERY_CODES))
                .andExpect(model().attribute("recoveryCodes", hasSize(10)))
                .andExpect(model().attribute("next", "/profile"));
        assertThat(accounts.find(id).orElseThrow().totpSecret()).contains(newSecret);
        mvc.perform(post("/profile/mfa").with(me).with(csrf()).cookie(session).param("code", code(newSecret)))
                .andExpect(redirectedUrl("/profile/mfa"));
    }

    @Test
    void withTwoRecoveryCodesLeftItSaysAlmostNoneAndWithNoneLeftItSaysNone() throws Exception {
        for (String recoveryCode : recoveryCodes.subList(0, 8)) {
            accounts.verifySecondFactor(id, recoveryCode);
        }
        mvc.perform(get("/profile").with(me)).andExpect(content().string(allOf(
                containsString("U hebt nog 2 ongebruikte herstelcodes."),
                containsString("U hebt bijna geen herstelcodes meer."))));

        for (String recoveryCode : recoveryCodes.subList(8, 10)) {
            accounts.verifySecondFactor(id, recoveryCode);
        }
        mvc.perform(get("/profile").with(me)).andExpect(content().string(allOf(
                containsString("U hebt geen herstelcodes meer."), not(containsString("bijna geen")))));
    }

    private static String shownSecret(String html) {
        Matcher shown = Pattern.compile("hecht-secret\">([A-Z2-7 ]+)<").matcher(html);
        assertThat(shown.find()).isTrue();
        return shown.group(1).replace(" ", "");
    }

    private org.springframework.test.web.servlet.ResultActions changePassword(String current, String password,
            String repeat) throws Exception {
        return mvc.perform(post("/profile/password").with(me).with(csrf())
                .param("current", current).param("password", password).param("repeat", repeat));
    }

    private void loginWith(String password, String expectedNext) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl(expectedNext));
    }

    private String code(String totpSecret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(totpSecret, totp.currentStep());
    }
}
