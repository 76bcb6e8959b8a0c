/**
 * People with accounts: roles, passwords, the TOTP second factor, lockout, invitations, sessions and the
 * security configuration of the whole application. Its API: {@link nl.hecht.identity.Role},
 * {@link nl.hecht.identity.AccountId} and {@link nl.hecht.identity.CurrentUser}.
 * <p>
 * OIDC login is switched on by configuration alone, e.g. for a provider with discovery:
 * <pre>
 * spring.security.oauth2.client.registration.zorg.client-id=...
 * spring.security.oauth2.client.registration.zorg.client-secret=...
 * spring.security.oauth2.client.registration.zorg.client-name=Zorggroep
 * spring.security.oauth2.client.registration.zorg.scope=openid,email
 * spring.security.oauth2.client.provider.zorg.issuer-uri=https://login.zorggroep.example
 * </pre>
 * The login page then offers "Inloggen met Zorggroep". The provider must send a verified e-mail address
 * ({@code email_verified=true}); it is matched, ignoring case, to exactly one active Hecht account, and the
 * provider is trusted for the second factor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package nl.hecht.identity;
