package nl.hecht.network.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.RegionId;
import nl.hecht.network.ServiceAreaChanged;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;

/**
 * Issue 11's rules of the network aggregate: a practice-based network chooses GP practices of the register (R136),
 * their list sizes are summed; a thematic network works with core networks of its region (R157); the contact point
 * is named and reachable (R054, R092).
 */
class NetworkConnectionsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID LINDE = UUID.randomUUID();
    private static final UUID ANKER = UUID.randomUUID();
    private static final UUID PHARMACY = UUID.randomUUID();

    private static Network elderlyTeam() {
        return new Network(RegionId.random(), NetworkProfile.thematic("Ouderenteam", NetworkTheme.ELDERLY_TEAM),
                AreaBasis.PRACTICES, null, TODAY, NOW);
    }

    /** The registered events, as Spring Data reads them when saving. */
    private static java.util.Collection<?> events(Network network) {
        try {
            var method = org.springframework.data.domain.AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
            method.setAccessible(true);
            return (java.util.Collection<?>) method.invoke(network);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Network core(String name) {
        return new Network(RegionId.random(), NetworkProfile.core(name), AreaBasis.NEIGHBOURHOODS, null, TODAY, NOW);
    }

    // --- practices (R136) ----------------------------------------------------------------------------------

    @Test
    void aPracticeBasedNetworkServesExactlyTheChosenGpPractices() {
        Network team = elderlyTeam();

        team.choosePractices(List.of(LINDE, ANKER), Set.of(LINDE, ANKER));
        team.choosePractices(List.of(ANKER), Set.of(LINDE, ANKER));

        assertThat(team.servedPractices()).containsExactly(ANKER);
        assertThat(team.areaBasis()).isEqualTo(AreaBasis.PRACTICES);
    }

    @Test
    void choosingPracticesIsAnnouncedAsAChangedServiceArea() {
        Network team = elderlyTeam();

        team.choosePractices(List.of(LINDE, ANKER), Set.of(LINDE, ANKER));

        assertThat(events(team)).anySatisfy(event -> assertThat(event)
                .isEqualTo(new ServiceAreaChanged(team.id(), 0, 2)));
    }

    @Test
    void anOrganisationThatIsNoGpPracticeIsRefusedAndNothingChanges() {
        Network team = elderlyTeam();
        team.choosePractices(List.of(LINDE), Set.of(LINDE, ANKER));

        assertThatThrownBy(() -> team.choosePractices(List.of(ANKER, PHARMACY), Set.of(LINDE, ANKER)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.practice-unknown");
        assertThat(team.servedPractices()).containsExactly(LINDE);
    }

    @Test
    void aNetworkOfNeighbourhoodsCannotChoosePractices() {
        Network network = core("Wijkverband Oost");

        assertThatThrownBy(() -> network.choosePractices(List.of(LINDE), Set.of(LINDE)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.not-practice-based");
    }

    @Test
    void anEndedNetworkChoosesNothing() {
        Network team = elderlyTeam();
        team.changeStatus(NetworkStatus.ENDED, TODAY);

        assertThatThrownBy(() -> team.choosePractices(List.of(LINDE), Set.of(LINDE)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.ended");
    }

    @Test
    void theListSizesAreSummedAndPracticesWithoutOneAreCounted() {
        PracticePopulation population = PracticePopulation.of(List.of(practice("De Linde", 2850),
                practice("Het Anker", 3100), practice("Nieuw", null)));

        assertThat(population.practices()).isEqualTo(3);
        assertThat(population.patients()).isEqualTo(5950);
        assertThat(population.withoutListSize()).isEqualTo(1);
        assertThat(population.complete()).isFalse();
        assertThat(PracticePopulation.of(List.of(practice("De Linde", 2850))).complete()).isTrue();
        assertThat(PracticePopulation.of(List.of())).isEqualTo(PracticePopulation.NONE);
    }

    private static Organisation practice(String name, Integer listSize) {
        return new Organisation(OrganisationId.random(), name, OrganisationType.GP_PRACTICE, null, null, listSize,
                null, null, null, null, null);
    }

    // --- relations between networks (R157) ----------------------------------------------------------------

    @Test
    void aThematicNetworkWorksWithCoreNetworksOfItsRegionWithANoteEach() {
        Network team = elderlyTeam();
        NetworkId oost = NetworkId.random();
        NetworkId haven = NetworkId.random();

        team.workWith(List.of(NetworkRelation.with(oost, "  MDO samen  "), NetworkRelation.with(haven, " ")),
                Set.of(oost, haven));

        assertThat(team.relations()).containsExactly(new NetworkRelation(oost.value(), "MDO samen"),
                new NetworkRelation(haven.value(), null));
        assertThat(team.worksWith(oost)).isTrue();
        team.workWith(List.of(NetworkRelation.with(haven, null), NetworkRelation.with(haven, "tweede keer")),
                Set.of(oost, haven));
        assertThat(team.relations()).containsExactly(new NetworkRelation(haven.value(), null));
        assertThat(team.worksWith(oost)).isFalse();
    }

    @Test
    void aNetworkThatIsNoCoreNetworkOfTheRegionIsRefusedAndNothingChanges() {
        Network team = elderlyTeam();
        NetworkId oost = NetworkId.random();
        team.workWith(List.of(NetworkRelation.with(oost, null)), Set.of(oost));

        assertThatThrownBy(() -> team.workWith(List.of(NetworkRelation.with(NetworkId.random(), null)), Set.of(oost)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.relation-not-core");
        assertThatThrownBy(() -> team.workWith(List.of(NetworkRelation.with(team.id(), null)),
                Set.of(oost, team.id()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("network.error.relation-not-core");
        assertThat(team.relations()).extracting(NetworkRelation::related).containsExactly(oost);
    }

    @Test
    void aCoreNetworkRecordsNoRelationsItself() {
        Network oost = core("Wijkverband Oost");
        NetworkId haven = NetworkId.random();

        assertThatThrownBy(() -> oost.workWith(List.of(NetworkRelation.with(haven, null)), Set.of(haven)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.relations-thematic");
    }

    @Test
    void aNoteLongerThan500CharactersIsRefused() {
        assertThatThrownBy(() -> NetworkRelation.with(NetworkId.random(), "x".repeat(501)))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.relation-note");
    }

    // --- contact point (R054, R092) --------------------------------------------------------------------------

    @Test
    void aContactPointHasANameAndAPhoneOrEmail() {
        ContactPoint contact = ContactPoint.typed(" Wijkspreekuur ", "030-000 3000", "", " werkdagen ", null);

        assertThat(contact.name()).isEqualTo("Wijkspreekuur");
        assertThat(contact.phoneText()).isNotBlank();
        assertThat(contact.email()).isNull();
        assertThat(contact.hours()).isEqualTo("werkdagen");
        assertThatThrownBy(() -> ContactPoint.typed("", "030-000 3000", null, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.contact-name");
        assertThatThrownBy(() -> ContactPoint.typed("Coördinator", "", " ", "werkdagen", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("network.error.contact-reach");
        assertThatThrownBy(() -> ContactPoint.typed("Coördinator", "bel me", null, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining(PhoneNumber.INVALID);
        assertThatThrownBy(() -> ContactPoint.typed("Coördinator", null, "geen-adres", null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining(EmailAddress.INVALID);
    }

    @Test
    void nothingTypedIsNoContactPointAndAppointingNullRemovesIt() {
        Network network = core("Wijkverband Oost");
        network.appointContactPoint(ContactPoint.typed("Coördinator", null, "oost@hecht-demo.invalid", null, null));
        assertThat(network.contactPoint()).isPresent();

        network.appointContactPoint(ContactPoint.typed(" ", "", null, "", null));

        assertThat(network.contactPoint()).isEmpty();
    }
}
