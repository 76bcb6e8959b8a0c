package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import nl.hecht.HttpTestClient;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.identity.internal.TotpService;

/**
 * What an administrator changes about an account reaches the account's open sessions at their next request: new
 * roles, a reset second factor, deactivation, and the person's own new password (which keeps the session it was
 * changed in). Real sessions in the database, through a real port, as a browser keeps them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenSessionsIntegrationTests {

    private static final String PASSWORD = "fietsen langs de vecht in mei";
    private static final String NEW_PASSWORD = "wandelen door de wijk in juni";

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TotpService totp;
    @Autowired
    JdbcTemplate jdbc;

    private String username;
    private AccountId id;
    private String secret;

    @BeforeEach
    void anAdministratorAccountWithPasswordAndSecondFactor() throws Exception {
        username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagement.Invited invited = accounts.invite(username,
                new AccountDetails("Sam Sessie", username + "@example.nl", null, null), Set.of(Role.ADMIN));
        accounts.acceptInvitation(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
        secret = totp.newSecret();
        accounts.enrolTotp(invited.account(), secret,
                new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, totp.currentStep()));
        id = invited.account();
    }

    @Test
    void anAdministratorWhoLosesTheRoleLosesItInTheOpenSessionAtOnce() {
        HttpTestClient session = loggedIn(PASSWORD);
        assertThat(session.get("/admin/accounts").statusCode()).as("an administrator before").isEqualTo(200);

        HttpTestClient admin = admin();
        assertThat(admin.get("/admin/accounts/" + id.value()).statusCode()).isEqualTo(200);
        HttpResponse<String> saved = admin.post("/admin/accounts/" + id.value(), Map.of("displayName", "Sam Sessie",
                "email", username + "@example.nl", "roles", "PROFESSIONAL"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactly(Role.PROFESSIONAL);

        assertThat(session.get("/admin/accounts").statusCode()).as("the open session after").isNotEqualTo(200);
        assertEnded(session);
        // the old session cannot give the role back either
        HttpResponse<String> takeBack = session.post("/admin/accounts/" + id.value(), Map.of("displayName",
                "Sam Sessie", "email", username + "@example.nl", "roles", "ADMIN"));
        assertThat(takeBack.statusCode()).isIn(302, 403);
        assertThat(HttpTestClient.location(takeBack)).doesNotContain("/admin/accounts");
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactly(Role.PROFESSIONAL);
        assertThat(admin.get("/admin/accounts").statusCode()).as("the other administrator goes on").isEqualTo(200);
    }

    @Test
    void aResetSecondFactorEndsTheOpenSessions() {
        HttpTestClient first = loggedIn(PASSWORD);
        HttpTestClient second = loggedIn(PASSWORD);

        HttpTestClient admin = admin();
        assertThat(admin.get("/admin/accounts/" + id.value()).statusCode()).isEqualTo(200);
        assertThat(admin.post("/admin/accounts/" + id.value() + "/reset-mfa", Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
        assertThat(accounts.find(id).orElseThrow().hasMfa()).isFalse();

        assertEnded(first);
        assertEnded(second);
    }

    @Test
    void deactivationEndsTheOpenSessions() {
        HttpTestClient session = loggedIn(PASSWORD);

        HttpTestClient admin = admin();
        assertThat(admin.get("/admin/accounts/" + id.value()).statusCode()).isEqualTo(200);
        assertThat(admin.post("/admin/accounts/" + id.value() + "/deactivate", Map.of("confirmed", "true")).statusCode()).isEqualTo(302);

        assertEnded(session);
    }

    @Test
    void anOwnNewPasswordKeepsThisSessionAndEndsTheOthers() {
        HttpTestClient here = loggedIn(PASSWORD);
        HttpTestClient elsewhere = loggedIn(PASSWORD);

        assertThat(here.get("/profile").statusCode()).isEqualTo(200);
        HttpResponse<String> changed = here.post("/profile/password",
                Map.of("current", PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(URI.create(HttpTestClient.location(changed)).getPath()).isEqualTo("/profile");

        assertThat(here.get("/profile").statusCode()).as("the session of the change goes on").isEqualTo(200);
        assertThat(here.get("/admin/accounts").statusCode()).isEqualTo(200);
        assertEnded(elsewhere);
    }

    @Test
    void tooManyWrongCurrentPasswordsEndTheSessionAsTheLoginLockoutDoes() {
        HttpTestClient session = loggedIn(PASSWORD);
        assertThat(session.get("/profile").statusCode()).isEqualTo(200);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(session.post("/profile/password", Map.of("current", "geraden-" + attempt,
                    "password", NEW_PASSWORD, "repeat", NEW_PASSWORD)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> locked = session.post("/profile/password",
                Map.of("current", "geraden-5", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(URI.create(HttpTestClient.location(locked)).getPath()).isEqualTo("/login");
        assertThat(session.get("/login").body()).contains("Te veel mislukte pogingen");
        assertEnded(session);
    }

    /**
     * The sessions are checked against the account in the database on every request, not only removed from the store:
     * a change made on another node, or a session written back by a request that was still running, is caught too.
     */
    @Test
    void aSessionIsCheckedAgainstTheAccountOnEveryRequest() {
        HttpTestClient session = loggedIn(PASSWORD);
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        assertThat(jdbc.update("update account set security_stamp = security_stamp + 1 where id = ?", id.value()))
                .isOne();

        assertEnded(session);
    }

    private void assertEnded(HttpTestClient session) {
        HttpResponse<String> next = session.get("/");
        assertThat(next.statusCode()).as("the next request of the open session").isEqualTo(302);
        assertThat(URI.create(HttpTestClient.location(next)).getPath()).isEqualTo("/login");
        assertThat(session.get("/profile").statusCode()).as("and no way back into it").isEqualTo(302);
    }

    private HttpTestClient loggedIn(String password) {
        HttpTestClient client = new HttpTestClient(port);
        client.logIn(username, password, secret);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        return client;
    }

    private HttpTestClient admin() {
        HttpTestClient admin = new HttpTestClient(port);
        admin.logInDemo("admin");
        return admin;
    }
}
