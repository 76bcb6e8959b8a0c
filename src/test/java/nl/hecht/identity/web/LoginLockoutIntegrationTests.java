package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;

/**
 * The login lockout tells a guesser nothing: during the lock the right password gets the answer a wrong one gets, an
 * unknown username gets it too, and every attempt on the account counts (so guessing makes the lock longer).
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginLockoutIntegrationTests {

    private static final String PASSWORD = "fietsen langs de vecht in mei";
    /** The one answer to a refused password: wrong, unknown username or locked account. */
    static final String CREDENTIALS = "Inloggen is niet gelukt. De gebruikersnaam of het wachtwoord klopt niet";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;

    private String username;
    private AccountId id;

    @BeforeEach
    void anAccountWithAPassword() {
        username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagement.Invited invited = accounts.invite(username,
                new AccountDetails("Lot Slot", username + "@example.nl", null, null), Set.of(Role.PROFESSIONAL));
        accounts.acceptInvitation(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
        id = invited.account();
    }

    @Test
    void duringTheLockEveryPasswordGetsTheSameAnswerAndCounts() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            refused(username, "geraden-" + attempt);
        }
        assertThat(accounts.find(id).orElseThrow().failedAttempts()).isEqualTo(5);
        Instant lockedUntil = accounts.find(id).orElseThrow().lockedUntil().orElseThrow();

        refused(username, PASSWORD);
        for (int attempt = 1; attempt <= 20; attempt++) {
            refused(username, "nog-een-gok-" + attempt);
        }

        assertThat(accounts.find(id).orElseThrow().failedAttempts()).as("every attempt during the lock counts")
                .isEqualTo(26);
        assertThat(accounts.find(id).orElseThrow().lockedUntil().orElseThrow()).as("and makes the lock longer")
                .isAfter(lockedUntil);
        refused(username, PASSWORD);
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswer() throws Exception {
        refused("niemand-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        refused(username, "geraden");
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login/enrol"));
    }

    /**
     * Unknown usernames cost the time of a password check too (Spring Security checks a dummy hash), and so does a
     * locked account: the time of the answer does not tell them apart either. Medians of rounds that take one of each
     * in turn (the machine's load then weighs on all three alike), with a wide margin: a skipped password check would
     * take a few milliseconds against about a hundred.
     */
    @Test
    void anUnknownUsernameOrALockTakesAboutAsLongAsAWrongPassword() throws Exception {
        String unknown = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagement.Invited invited = accounts.invite(other,
                new AccountDetails("Lot Ander", other + "@example.nl", null, null), Set.of(Role.PROFESSIONAL));
        accounts.acceptInvitation(invited.link().substring(invited.link().lastIndexOf('/') + 1), PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            refused(username, "geraden-" + attempt);
        }
        assertThat(accounts.find(id).orElseThrow().lockedUntil()).as("locked after five").isPresent();

        List<Long> wrong = new ArrayList<>();
        List<Long> nobody = new ArrayList<>();
        List<Long> locked = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            wrong.add(nanos(other, "geraden-" + round));
            nobody.add(nanos(unknown, "geraden-" + round));
            locked.add(nanos(username, PASSWORD));
        }

        long wrongMs = median(wrong);
        assertThat(median(nobody)).as("unknown username %d ms vs wrong password %d ms", median(nobody), wrongMs)
                .isGreaterThan(wrongMs / 5);
        assertThat(median(locked)).as("locked account %d ms vs wrong password %d ms", median(locked), wrongMs)
                .isGreaterThan(wrongMs / 5);
    }

    private long nanos(String user, String password) throws Exception {
        long start = System.nanoTime();
        refused(user, password);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> nanos) {
        return nanos.stream().sorted().toList().get(nanos.size() / 2) / 1_000_000;
    }

    /** Refused, and the login page then shows the answer a wrong password gets. */
    private void refused(String user, String password) throws Exception {
        // the flash message waits in the (Spring Session) session, named by its cookie
        Cookie session = mvc.perform(formLogin("/login").user(user).password(password))
                .andExpect(redirectedUrl("/login"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/login").cookie(session))
                .andExpect(content().string(containsString(CREDENTIALS)))
                .andExpect(content().string(not(containsString("Te veel mislukte pogingen"))));
    }
}
