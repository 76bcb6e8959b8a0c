package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import nl.hecht.identity.AccountId;

class OidcAccountMapperTests {

    private static final AccountId ACCOUNT = new AccountId(UUID.fromString("5b0f3f38-4f43-4d0c-9a57-0f0b8b7f2d11"));

    private final AccountManagement accounts = mock(AccountManagement.class);
    private final OidcAccountMapper mapper = new OidcAccountMapper(request -> {
        throw new AssertionError("no provider in this test");
    }, accounts);

    @Test
    void aVerifiedEmailAddressIsMappedToItsAccount() {
        when(accounts.completeOidcLogin("Noor.Jansen@Thuiszorg.example")).thenReturn(Optional.of(ACCOUNT));

        HechtOidcUser user = mapper.map(providerUser(Map.of("email", "Noor.Jansen@Thuiszorg.example", "email_verified", true)));

        assertThat(user.accountId()).isEqualTo(ACCOUNT);
        assertThat(user.getSubject()).isEqualTo("idp-subject-1");
    }

    @Test
    void anUnverifiedEmailAddressIsRefusedWithoutLookingForAnAccount() {
        assertRefused(Map.of("email", "noor@thuiszorg.example", "email_verified", false), OidcAccountMapper.UNVERIFIED_EMAIL);
        assertRefused(Map.of("email", "noor@thuiszorg.example"), OidcAccountMapper.UNVERIFIED_EMAIL);
        assertRefused(Map.of("email_verified", true), OidcAccountMapper.UNVERIFIED_EMAIL);
        verify(accounts, never()).completeOidcLogin(anyString());
    }

    @Test
    void withoutAnAccountTheLoginIsRefused() {
        when(accounts.completeOidcLogin("onbekend@elders.example")).thenReturn(Optional.empty());

        assertRefused(Map.of("email", "onbekend@elders.example", "email_verified", true), OidcAccountMapper.NO_ACCOUNT);
    }

    @Test
    void theProvidersUserIsMappedWhenItIsLoaded() {
        when(accounts.completeOidcLogin("noor@thuiszorg.example")).thenReturn(Optional.of(ACCOUNT));
        OidcUser fromProvider = providerUser(Map.of("email", "noor@thuiszorg.example", "email_verified", true));
        OidcAccountMapper loading = new OidcAccountMapper(request -> fromProvider, accounts);

        assertThat(loading.loadUser(null)).isInstanceOfSatisfying(HechtOidcUser.class,
                user -> assertThat(user.accountId()).isEqualTo(ACCOUNT));
    }

    private void assertRefused(Map<String, Object> claims, String errorCode) {
        assertThatThrownBy(() -> mapper.map(providerUser(claims)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refusal -> assertThat(refusal.getError().getErrorCode()).isEqualTo(errorCode));
    }

    private static OidcUser providerUser(Map<String, Object> claims) {
        Instant now = Instant.now();
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject("idp-subject-1").issuer("https://idp.example")
                .issuedAt(now).expiresAt(now.plusSeconds(300)).claims(all -> all.putAll(claims)).build();
        return new DefaultOidcUser(List.of(new OidcUserAuthority(token)), token);
    }
}
