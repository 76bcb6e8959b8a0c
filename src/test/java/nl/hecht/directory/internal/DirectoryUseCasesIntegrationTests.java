package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.UseCaseCatalogue;
import nl.hecht.shared.usecase.UseCaseDescription;

/**
 * The sociale kaart's use cases as the use-case boundary lists them, each with its policy (R090, R043, R236, R245),
 * and the boundary refusing for them: staff of another organisation may read an entry but not change it (403), an
 * unknown entry is not found (404), and a client reaches none of the staff side.
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class DirectoryUseCasesIntegrationTests {

    @Autowired
    UseCaseCatalogue catalogue;
    @Autowired
    EntryMaintenance maintenance;
    @Autowired
    OrganisationAdministration administration;
    @Autowired
    OrganisationLocations locations;
    @Autowired
    OrganisationStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;
    @Autowired
    NetworkAreas networkAreas;
    @Autowired
    Accounts accounts;

    @Test
    void everyUseCaseOfTheSocialeKaartNamesItsPolicy() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("DirectoryExchange.csv", "EXCHANGE_DIRECTORY");
        expected.put("DirectoryExchange.hsdsJson", "EXCHANGE_DIRECTORY");
        expected.put("DirectoryExchange.importPage", "EXCHANGE_DIRECTORY");
        expected.put("DirectoryExchange.job", "EXCHANGE_DIRECTORY");
        expected.put("DirectoryExchange.startImport", "EXCHANGE_DIRECTORY");
        expected.put("DirectorySearches.publicEntry", "PUBLIC_DIRECTORY");
        expected.put("DirectorySearches.publicSearch", "PUBLIC_DIRECTORY");
        expected.put("DirectorySearches.searchesAsStaff", "PUBLIC_DIRECTORY");
        expected.put("DirectorySearches.staffSearch", "SEARCH_DIRECTORY");
        expected.put("OrganisationLocations.addLocation", "MAINTAIN_LOCATIONS");
        expected.put("OrganisationStaff.addStaff", "MANAGE_STAFF");
        expected.put("EntryMaintenance.change", "MAINTAIN_ENTRY");
        expected.put("OrganisationLocations.changeLocation", "MAINTAIN_LOCATIONS");
        expected.put("EntryMaintenance.choices", "ADD_ENTRY");
        expected.put("EntryMaintenance.editable", "MAINTAIN_ENTRY");
        expected.put("EntryMaintenance.entry", "READ_ENTRY");
        expected.put("EntryMaintenance.history", "READ_ENTRY");
        expected.put("OrganisationLocations.location", "MAINTAIN_LOCATIONS");
        expected.put("OrganisationLocations.locationChoices", "MAINTAIN_LOCATIONS");
        expected.put("EntryMaintenance.choicesFor", "MAINTAIN_ENTRY");
        expected.put("OrganisationLocations.organisationPage", "VIEW_ORGANISATION");
        expected.put("EntryOverview.overview", "SEARCH_DIRECTORY");
        expected.put("EntryMaintenance.register", "ADD_ENTRY");
        expected.put("OrganisationStaff.removeStaff", "MANAGE_STAFF");
        expected.put("OrganisationStaff.staff", "MANAGE_STAFF");
        expected.put("EntryMaintenance.verify", "MAINTAIN_ENTRY");
        expected.put("OrganisationAdministration.change", "CHANGE_ORGANISATION");
        expected.put("OrganisationAdministration.find", "ADMINISTER_ORGANISATIONS");
        expected.put("OrganisationAdministration.list", "ADMINISTER_ORGANISATIONS");
        expected.put("OrganisationAdministration.register", "ADMINISTER_ORGANISATIONS");
        expected.put("OrganisationAdministration.types", "ADMINISTER_ORGANISATIONS");

        Map<String, String> directory = new LinkedHashMap<>();
        for (UseCaseDescription useCase : catalogue.useCases()) {
            if (useCase.service().getPackageName().startsWith("nl.hecht.directory")) {
                directory.put(useCase.name(), useCase.policy());
            }
        }
        assertThat(directory).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(catalogue.policies()).containsKeys(expected.values().toArray(String[]::new));
    }

    @Test
    void staffOfAnotherOrganisationReadTheEntryButMayNotChangeIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationId own = organisations.register(new NewOrganisation("Welzijn Beleid " + tag,
                OrganisationType.WELFARE, null, null, null));
        OrganisationId other = organisations.register(new NewOrganisation("Andere Beleid " + tag,
                OrganisationType.WELFARE, null, null, null));
        LocationId location = socialMap.addLocation(own, new LocationDetails("Buurthuis " + tag, "Kerkstraat 1",
                "9901 AA", "Voorbeeldstad", null, 52.0, 5.0, true, null));
        NeighbourhoodCode area = aNetworksNeighbourhood();
        ServiceId entry = socialMap.register(own, details("Koffieochtend " + tag, area, location), null);
        CurrentUser admin = user("admin");
        CurrentUser nurse = user("nurse");
        staff.addStaff(admin, other, nurse.id());
        Long version = maintenance.editable(admin, entry).version();

        // a professional reads it, without the edit button
        assertThat(maintenance.entry(nurse, entry, java.util.Locale.forLanguageTag("nl")).mayEdit()).isFalse();
        assertThatThrownBy(() -> maintenance.editable(nurse, entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maintenance.change(nurse, entry,
                details("Overgenomen " + tag, area, location), version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maintenance.verify(nurse, entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> locations.addLocation(nurse, own, new LocationDetails("Elders " + tag,
                "Kerkstraat 2", "9901 AA", "Voorbeeldstad", null, 52.0, 5.0, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(socialMap.find(entry).orElseThrow().details().name()).isEqualTo("Koffieochtend " + tag);

        // an unknown entry is not found for whoever may keep entries at all; a client is refused before that
        assertThatThrownBy(() -> maintenance.editable(admin, ServiceId.random()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> maintenance.entry(user("client"), entry, java.util.Locale.ROOT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.list(nurse)).isInstanceOf(AccessDeniedException.class);
    }

    private NeighbourhoodCode aNetworksNeighbourhood() {
        java.util.Set<NeighbourhoodCode> all = new java.util.HashSet<>();
        networkAreas.networks().forEach(network -> all.addAll(network.neighbourhoods()));
        return all.iterator().next();
    }

    private static ServiceDetails details(String name, NeighbourhoodCode neighbourhood, LocationId location) {
        return new ServiceDetails(EntryKind.INITIATIVE, name, "Elke dinsdag.", "ontmoeting", Set.of("ouderen"), null,
                Referral.SELF_REFERRAL, null, "gratis", Set.of("nl"), null, null, null, null, "Mevrouw Trekker", 0,
                Set.of(neighbourhood),
                List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))),
                Set.of(location), true, true);
    }

    private CurrentUser user(String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.organisation(),
                account.discipline(), account.roles());
    }
}
