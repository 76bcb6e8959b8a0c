package nl.hecht.identity.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With an OIDC provider configured, the login page offers it and the login flow runs through Hecht's handlers. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.zorg-idp.client-id=hecht",
        "spring.security.oauth2.client.registration.zorg-idp.client-secret=geheim",
        "spring.security.oauth2.client.registration.zorg-idp.client-name=Zorg-IdP",
        "spring.security.oauth2.client.registration.zorg-idp.scope=openid,email",
        "spring.security.oauth2.client.registration.zorg-idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.zorg-idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.zorg-idp.authorization-uri=https://idp.example/authorize",
        "spring.security.oauth2.client.provider.zorg-idp.token-uri=https://idp.example/token",
        "spring.security.oauth2.client.provider.zorg-idp.jwk-set-uri=https://idp.example/jwks",
        "spring.security.oauth2.client.provider.zorg-idp.user-info-uri=https://idp.example/userinfo",
        "spring.security.oauth2.client.provider.zorg-idp.user-name-attribute=sub" })
@AutoConfigureMockMvc
class OidcLoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Inloggen met Zorg-IdP"),
                        containsString("href=\"/oauth2/authorization/zorg-idp\""))));
    }

    @Test
    void theProviderButtonLeadsToTheProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/zorg-idp"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", allOf(startsWith("https://idp.example/authorize?"),
                        containsString("client_id=hecht"), containsString("scope=openid%20email"))));
    }

    @Test
    void aFailedProviderLoginReturnsToTheLoginPageWithAMessage() throws Exception {
        MvcResult result = mvc.perform(get("/login/oauth2/code/zorg-idp").param("code", "abc").param("state", "unknown"))
                .andExpect(redirectedUrl("/login"))
                .andReturn();

        mvc.perform(get("/login").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Inloggen via uw organisatie is niet gelukt.")));
    }

    @Test
    void thePasswordLoginStillWorks() throws Exception {
        mvc.perform(formLogin("/login").user("nurse").password("hecht-demo")).andExpect(redirectedUrl("/login/code"));
    }
}
