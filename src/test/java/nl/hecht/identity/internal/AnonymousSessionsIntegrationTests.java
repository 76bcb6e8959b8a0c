package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Anonymous visitors get no stored session: the public directory (page, search, entry, unknown
 * entry), the login page, static files, error pages and the 429 of the rate limit answer without a {@code SESSION}
 * cookie and leave no row in {@code spring_session}, however many requests come. Before, each of them stored a session
 * for the CSRF token (~26 KB of H2 file per request). The login form still works: its CSRF token lives in a cookie.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousSessionsIntegrationTests {

    /** Client addresses of this test only, so that its rate-limit buckets are its own. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    /**
     * Puts the application's own CSRF token repository back: a test of the same context that used Spring Security's
     * {@code csrf()} request post-processor replaced it, for good, with a session-backed one of its own.
     */
    @BeforeEach
    void applicationCsrfTokenRepository() {
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()),
                SecurityConfiguration.csrfTokenRepository());
    }

    @Test
    void anonymousPagesStoreNoSession() throws Exception {
        Set<String> before = sessionIds();
        String address = "10.91.0." + ADDRESSES.getAndIncrement();
        List<String> pages = List.of("/public/directory", "/public/directory?q=schuldhulp",
                "/public/directory/results?q=x", "/public/directory/" + UUID.randomUUID(), "/login", "/login?error",
                "/css/hecht.css", "/js/hecht.js", "/img/hecht.svg", "/favicon.ico", "/error");
        for (int round = 0; round < 3; round++) {
            for (String page : pages) {
                MockHttpServletResponse response = anonymous(get(URI.create(page)), address);
                if (!page.equals("/error")) {
                    assertThat(response.getStatus()).as(page).isLessThan(500);
                }
                assertThat(response.getCookie("SESSION")).as("session cookie for " + page).isNull();
            }
        }
        assertThat(newSessions(before)).as("sessions stored for anonymous pages").isEmpty();
    }

    @Test
    void theTooManyRequestsPageStoresNoSession() throws Exception {
        Set<String> before = sessionIds();
        String address = "10.91.1." + ADDRESSES.getAndIncrement();
        int limited = 0;
        for (int i = 0; i < 200 && limited < 5; i++) {
            MockHttpServletResponse response = anonymous(get(URI.create("/public/directory?q=hulp")), address);
            if (response.getStatus() == 429) {
                limited++;
                assertThat(response.getCookie("SESSION")).as("session cookie on a 429").isNull();
            }
        }
        assertThat(limited).as("429s seen").isEqualTo(5);
        assertThat(newSessions(before)).as("sessions stored for 429 answers").isEmpty();
    }

    /**
     * The login page's form carries a CSRF token, kept in a cookie instead of a session, that a post of the form is
     * accepted with. (A failed login does store a session: the reason travels to the form as a flash message.)
     */
    @Test
    void theLoginFormIsProtectedByACookieTokenWithoutASession() throws Exception {
        Set<String> before = sessionIds();
        String address = "10.91.2." + ADDRESSES.getAndIncrement();
        MockHttpServletResponse page = anonymous(get("/login"), address);
        assertThat(page.getCookie("SESSION")).isNull();
        Cookie token = page.getCookie("XSRF-TOKEN");
        assertThat(token).as("CSRF cookie").isNotNull();
        assertThat(token.isHttpOnly()).as("CSRF cookie is HttpOnly: scripts read the token from the page").isTrue();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(page.getContentAsString());
        assertThat(field.find()).as("CSRF field in the login form").isTrue();
        assertThat(newSessions(before)).as("sessions stored for the login page").isEmpty();

        MockHttpServletResponse withoutToken = anonymous(post("/login").param("username", "nurse")
                .param("password", "wrong").cookie(token), address);
        assertThat(withoutToken.getStatus()).as("post without the form's token").isEqualTo(403);

        MockHttpServletResponse wrongPassword = anonymous(post("/login").param("username", "nobody-here")
                .param("password", "wrong").param("_csrf", field.group(1)).cookie(token), address);
        assertThat(wrongPassword.getStatus()).as("post with the form's token").isEqualTo(302);
        assertThat(wrongPassword.getRedirectedUrl()).as("refused by the login, not by CSRF").endsWith("/login");
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private Set<String> sessionIds() {
        return new HashSet<>(jdbc.queryForList("select session_id from spring_session", String.class));
    }

    private Set<String> newSessions(Set<String> before) {
        Set<String> now = sessionIds();
        now.removeAll(before);
        return now;
    }
}
