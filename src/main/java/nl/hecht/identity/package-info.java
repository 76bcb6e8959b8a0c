/**
 * People with accounts: roles, passwords, the TOTP second factor, lockout, invitations, sessions and the
 * security configuration of the whole application. Its API: {@link nl.hecht.identity.Role},
 * {@link nl.hecht.identity.AccountId} and {@link nl.hecht.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package nl.hecht.identity;
