package nl.hecht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.hecht.identity.internal.AccountAdministration;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;

/**
 * The identity module on its own (with only the shared module it may use): an administrator invites a person
 * through the use case, and the account is then found through {@link Accounts}, the API other modules read; someone
 * else may not invite. No bean of another module is in this context, so identity needs none.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleTests {

    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInvitedAccountIsFoundThroughTheModulesApi() {
        signIn(Role.ADMIN);
        String username = "module-" + UUID.randomUUID().toString().substring(0, 8);

        AccountManagement.Invited invited = administration.invite(username,
                new AccountDetails("Mo Dule", username + "@wijk.example", "Huisartsenpraktijk De Vaart", "huisarts"),
                Set.of(Role.PROFESSIONAL));

        AccountSummary found = accounts.findByUsername(username.toUpperCase()).orElseThrow();
        assertThat(found.id()).isEqualTo(invited.account());
        assertThat(found.displayName()).isEqualTo("Mo Dule");
        assertThat(found.organisation()).isEqualTo("Huisartsenpraktijk De Vaart");
        assertThat(found.roles()).containsExactly(Role.PROFESSIONAL);
        assertThat(accounts.find(invited.account())).contains(found);
        assertThat(accounts.findAll(List.of(invited.account(), AccountId.random()))).containsOnlyKeys(invited.account());
    }

    @Test
    void onlyAnAdministratorInvites() {
        signIn(Role.COORDINATOR);
        String username = "module-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> administration.invite(username,
                new AccountDetails("Niet Toegestaan", null, null, null), Set.of(Role.PROFESSIONAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void theContextHoldsIdentityAndSharedOnly() {
        assertThat(context.getBeanNamesForType(Accounts.class)).hasSize(1);
        assertThat(beansOfModule("network")).isEmpty();
        assertThat(beansOfModule("directory")).isEmpty();
        assertThat(beansOfModule("area")).isEmpty();
    }

    private List<String> beansOfModule(String module) {
        return List.of(context.getBeanDefinitionNames()).stream()
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    return type != null && type.getName().startsWith("nl.hecht." + module + ".");
                }).toList();
    }

    private static void signIn(Role role) {
        CurrentUser user = new CurrentUser(AccountId.random(), role.name().toLowerCase(), "Test " + role, null, null,
                Set.of(role));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority("MFA_VERIFIED"),
                        new SimpleGrantedAuthority(role.authority()))));
    }
}
