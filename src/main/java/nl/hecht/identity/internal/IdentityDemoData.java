package nl.hecht.identity.internal;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Role;
import nl.hecht.shared.demo.DemoData;
import nl.hecht.shared.demo.DemoProperties;

/**
 * The demo accounts of Regio Voorbeeld: fictional people, all with password {@code hecht-demo} and the published
 * demo TOTP secret (which works only in demo mode).
 */
@Component
class IdentityDemoData implements DemoData {

    /** A demo account: login name, details and roles. */
    record DemoAccount(String username, AccountDetails details, Set<Role> roles) {
    }

    static final java.util.List<DemoAccount> ACCOUNTS = java.util.List.of(
            new DemoAccount("admin", new AccountDetails("Anouk Beheer", "admin@hecht-demo.invalid",
                    "RESV Regio Voorbeeld", null), Set.of(Role.ADMIN)),
            new DemoAccount("resv", new AccountDetails("Ruben de Regio", "resv@hecht-demo.invalid",
                    "RESV Regio Voorbeeld", null), Set.of(Role.RESV_STAFF)),
            new DemoAccount("coordinator", new AccountDetails("Carla de Vries", "coordinator@hecht-demo.invalid",
                    "Huisartsenpraktijk De Linde", "Huisarts"), Set.of(Role.COORDINATOR, Role.PROFESSIONAL)),
            new DemoAccount("nurse", new AccountDetails("Noor Jansen", "nurse@hecht-demo.invalid",
                    "Thuiszorg Voorbeeld", "Wijkverpleegkundige"), Set.of(Role.PROFESSIONAL)),
            new DemoAccount("pharmacist", new AccountDetails("Pieter Bakker", "pharmacist@hecht-demo.invalid",
                    "Apotheek Het Plein", "Apotheker"), Set.of(Role.PROFESSIONAL)),
            new DemoAccount("socialworker", new AccountDetails("Sanne Visser", "socialworker@hecht-demo.invalid",
                    "Welzijn Voorbeeld", "Sociaal werker"), Set.of(Role.PROFESSIONAL)),
            new DemoAccount("practicemanager", new AccountDetails("Priya Manders", "practicemanager@hecht-demo.invalid",
                    "Huisartsenpraktijk Het Anker", "Praktijkmanager"), Set.of(Role.PROFESSIONAL)),
            new DemoAccount("client", new AccountDetails("Karel Smit", "client@hecht-demo.invalid", null, null),
                    Set.of(Role.CLIENT)));

    private final AccountManagement accounts;
    private final PasswordEncoder passwordEncoder;

    IdentityDemoData(AccountManagement accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void load() {
        String hash = null;
        for (DemoAccount demo : ACCOUNTS) {
            if (!accounts.exists(demo.username())) {
                hash = hash != null ? hash : passwordEncoder.encode(DemoProperties.DEMO_PASSWORD);
                accounts.seed(demo.username(), demo.details(), demo.roles(), hash, DemoProperties.DEMO_TOTP_SECRET);
            }
        }
    }
}
