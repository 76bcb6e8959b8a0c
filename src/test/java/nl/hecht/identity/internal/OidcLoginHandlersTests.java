package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class OidcLoginHandlersTests {

    private final OidcLoginHandlers handlers = new OidcLoginHandlers(mock(LoginCompletion.class));

    @Test
    void withoutAnAccountThePersonIsSentBackToTheLoginPageWithTheReason() throws Exception {
        assertThat(failWith(new OAuth2AuthenticationException(new OAuth2Error(OidcAccountMapper.NO_ACCOUNT))))
                .isEqualTo("login.error.oidc-no-account");
        assertThat(failWith(new OAuth2AuthenticationException(new OAuth2Error(OidcAccountMapper.UNVERIFIED_EMAIL))))
                .isEqualTo("login.error.oidc-unverified");
        assertThat(failWith(new OAuth2AuthenticationException(new OAuth2Error("invalid_state_parameter"))))
                .isEqualTo("login.error.oidc");
        assertThat(failWith(new BadCredentialsException("x"))).isEqualTo("login.error.oidc");
    }

    private String failWith(AuthenticationException exception) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/idp");
        MockHttpServletResponse response = new MockHttpServletResponse();

        handlers.failure().onAuthenticationFailure(request, response, exception);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        @SuppressWarnings("unchecked")
        java.util.List<FlashMap> flashMaps = (java.util.List<FlashMap>) request.getSession()
                .getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        return (String) flashMaps.get(0).get("loginError");
    }
}
