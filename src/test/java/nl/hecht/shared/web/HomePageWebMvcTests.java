package nl.hecht.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;

/**
 * The start page as a web slice: {@link HomeController}, the layout with the main menu and the message bundles,
 * without a database or any module's services. The tiles of the page follow the roles and the tiles modules add
 * (here one test module). Hecht's own security chain needs the account database, so this slice uses Spring
 * Security's default chain with a signed-in person; who may open which page is tested by
 * {@code WebSecurityIntegrationTests}.
 */
@WebMvcTest(HomeController.class)
@Import({ MainMenu.class, HomeNavigation.class })
class HomePageWebMvcTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    @Test
    void anAdministratorSeesTheAdministrationTilesAndTheTileOfAModule() throws Exception {
        mvc.perform(get("/").with(authentication(signedIn(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(view().name(HomeController.VIEW))
                .andExpect(content().string(containsString(text("home.welcome", "Test ADMIN"))))
                .andExpect(content().string(containsString("href=\"/admin/accounts\"")))
                .andExpect(content().string(containsString("href=\"/admin/areas\"")))
                .andExpect(content().string(containsString("href=\"/test/module-tile\"")))
                .andExpect(content().string(containsString(text("home.coverage.title", "Testregio"))))
                .andExpect(content().string(containsString("class=\"hecht-header__name\">Test ADMIN<")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aProfessionalSeesNoAdministrationTiles() throws Exception {
        mvc.perform(get("/").with(authentication(signedIn(Role.PROFESSIONAL))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("home.networks.title"))))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/areas\""))))
                .andExpect(content().string(not(containsString("href=\"/test/module-tile\""))));
    }

    @Test
    void thePageSpeaksEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(authentication(signedIn(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString(
                        HtmlUtils.htmlEscape(messages.getMessage("home.welcome", new Object[] {"Test ADMIN"},
                                Locale.ENGLISH), "UTF-8"))));
    }

    private String text(String key, Object... arguments) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, WebConfiguration.DUTCH), "UTF-8");
    }

    private static Authentication signedIn(Role role) {
        CurrentUser user = new CurrentUser(AccountId.random(), role.name().toLowerCase(), "Test " + role, null, null,
                Set.of(role));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                new SimpleGrantedAuthority("MFA_VERIFIED"), new SimpleGrantedAuthority(role.authority())));
    }

    /** A module's tile, for administrators only: the page shows what the modules add. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ModuleTiles {

        @Bean
        HomeTiles testModuleTiles() {
            return authentication -> authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals(Role.ADMIN.authority()))
                            ? List.of(new HomeTiles.Tile("home.coverage.title", "home.coverage.text",
                                    "/test/module-tile", "Testregio"))
                            : List.of();
        }
    }
}
