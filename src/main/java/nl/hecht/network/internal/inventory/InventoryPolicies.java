package nl.hecht.network.internal.inventory;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.shared.usecase.AccessPolicy;
import nl.hecht.shared.usecase.UseCaseCall;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may record the GP practices' collaboration inventories (R177, R178; the rule in {@link InventoryAccess}): a
 * client is refused (403) before any record is looked up, a region or practice the person may not see answers 404,
 * a practice they may see but not record answers 403.
 */
@Configuration(proxyBeanMethods = false)
class InventoryPolicies {

    /** One practice's inventory to read and record (its record is the call's RegionId and OrganisationId). */
    static final String RECORD_PRACTICE_INVENTORY = "RECORD_PRACTICE_INVENTORY";
    /** From the region's merged view: begin the inventory of a practice in no network (RESV staff, administrators). */
    static final String START_PRACTICE_INVENTORY = "START_PRACTICE_INVENTORY";

    /** The GP practices whose staff the person is, with their inventories (R177: the practice manager). */
    static final String OWN_PRACTICE_INVENTORIES = "OWN_PRACTICE_INVENTORIES";

    private static final Set<String> NETWORK_ROLES = Set.of("ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL");
    private static final Set<String> REGION_ROLES = Set.of("ADMIN", "RESV_STAFF");

    @Bean
    AccessPolicy recordPracticeInventoryPolicy(InventoryAccess access) {
        return AccessPolicy.of(RECORD_PRACTICE_INVENTORY, call -> withRole(call, NETWORK_ROLES)
                .and(() -> mayRecord(call, access)));
    }

    @Bean
    AccessPolicy ownPracticeInventoriesPolicy() {
        return AccessPolicy.anyRole(OWN_PRACTICE_INVENTORIES, NETWORK_ROLES.toArray(String[]::new));
    }

    @Bean
    AccessPolicy startPracticeInventoryPolicy(InventoryAccess access) {
        return AccessPolicy.of(START_PRACTICE_INVENTORY, call -> withRole(call, REGION_ROLES)
                .and(() -> mayRecord(call, access)));
    }

    private static Verdict withRole(UseCaseCall call, Set<String> roles) {
        return Verdict.grantedIf(call.caller(CurrentUser.class).isPresent()
                && call.roles().stream().anyMatch(roles::contains));
    }

    private static Verdict mayRecord(UseCaseCall call, InventoryAccess access) {
        CurrentUser user = call.caller(CurrentUser.class).orElseThrow();
        return call.argument(RegionId.class).flatMap(region -> call.argument(OrganisationId.class)
                .map(practice -> access.mayRecord(user, region, practice))).orElse(Verdict.HIDDEN);
    }
}
