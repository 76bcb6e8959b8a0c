package nl.hecht.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The sociale kaart on its own, with the modules it may use (shared, identity, area) and the networks it asks through
 * its SPI {@link NetworkAreas} as a mock (the network module is not in this context): an organisation registers an
 * entry through {@link Organisations} and {@link SocialMap}, the API other modules use, and finds it back with its
 * neighbourhoods and opening hours (R071–R073); the domain refuses what it may not hold. Each test rolls back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@Transactional
class DirectoryModuleTests {

    private static final NeighbourhoodCode BINNENSTAD = new NeighbourhoodCode("BU99010101");

    @MockitoBean
    NetworkAreas networkAreas;

    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;
    @Autowired
    ApplicationContext context;

    @Test
    void anOrganisationRegistersAnEntryAndFindsItBack() {
        OrganisationId organisation = organisations.register(new NewOrganisation("Stichting Moduletest",
                OrganisationType.WELFARE, null, null, null));
        LocationId here = socialMap.addLocation(organisation, new LocationDetails("Buurtplein", "Marktplein 3",
                "9901 ZB", "Voorbeeldstad", null, 51.98, 5.02, true, null));
        ServiceId entry = socialMap.register(organisation, details("Koffie in de buurt", here), null);

        ServiceView found = socialMap.find(entry).orElseThrow();
        assertThat(found.details().name()).isEqualTo("Koffie in de buurt");
        assertThat(found.details().neighbourhoods()).containsExactly(BINNENSTAD);
        assertThat(found.organisation().id()).isEqualTo(organisation);
        assertThat(socialMap.ofOrganisation(organisation)).extracting(ServiceView::id).containsExactly(entry);
        assertThat(socialMap.locationsOf(organisation)).extracting(Location::id).containsExactly(here);
        assertThat(organisations.findByName("Stichting Moduletest")).hasValueSatisfying(
                registered -> assertThat(registered.id()).isEqualTo(organisation));
    }

    @Test
    void theDomainRefusesAnEntryWithoutAName() {
        OrganisationId organisation = organisations.register(new NewOrganisation("Stichting Zonder Naam",
                OrganisationType.WELFARE, null, null, null));
        assertThatThrownBy(() -> socialMap.register(organisation, details(" ", null), null))
                .isInstanceOf(DomainException.class);
        assertThat(socialMap.ofOrganisation(organisation)).isEmpty();
    }

    @Test
    void theContextHoldsNoBeanOfTheNetworkModule() {
        assertThat(List.of(context.getBeanDefinitionNames())).noneMatch(name -> {
            Class<?> type = context.getType(name);
            return type != null && type.getName().startsWith("nl.hecht.network.");
        });
    }

    private static ServiceDetails details(String name, LocationId location) {
        return new ServiceDetails(EntryKind.INITIATIVE, name, "Samen koffie drinken.", "ontmoeting", Set.of(), null,
                Referral.SELF_REFERRAL, null, null, Set.of("nl"), null, null, null, null, null, null, Set.of(BINNENSTAD),
                List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                location == null ? Set.of() : Set.of(location), true, true);
    }
}
