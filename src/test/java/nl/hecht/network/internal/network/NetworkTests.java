package nl.hecht.network.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.hecht.identity.AccountId;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.MemberJoined;
import nl.hecht.network.MemberLeft;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.network.internal.discipline.DisciplineFixtures;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/** The network aggregate keeps its rules (R020, R048, R129, R139, R160, R172). */
class NetworkTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final DisciplineCatalogue catalogue = DisciplineFixtures.catalogue();

    private static Network newNetwork() {
        return new Network(RegionId.random(), NetworkProfile.core("Wijkverband Noord"), AreaBasis.NEIGHBOURHOODS,
                null, TODAY, Instant.parse("2026-03-02T09:00:00Z"));
    }

    private static MemberDetails details(UUID account, String discipline, MemberRole... roles) {
        return new MemberDetails(account, "Fictieve Persoon", null, discipline, Set.of(roles), null, null, null);
    }

    private static List<Object> events(Network network) {
        return List.copyOf(new EventPeek(network).events());
    }

    /** Reads the registered events, as Spring Data does when saving. */
    private record EventPeek(Network network) {
        java.util.Collection<Object> events() {
            try {
                var method = org.springframework.data.domain.AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
                method.setAccessible(true);
                @SuppressWarnings("unchecked")
                java.util.Collection<Object> events = (java.util.Collection<Object>) method.invoke(network);
                return events;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aNewNetworkIsInFormation() {
        Network network = newNetwork();

        assertThat(network.status()).isEqualTo(NetworkStatus.IN_FORMATION);
        assertThat(network.statusSince()).isEqualTo(TODAY);
        assertThat(events(network)).singleElement().isInstanceOf(NetworkFormed.class);
    }

    @Test
    void statusChangesFollowTheAllowedTransitionsAndRecordDates() {
        Network network = newNetwork();

        network.changeStatus(NetworkStatus.ACTIVE, TODAY.plusDays(10));
        network.changeStatus(NetworkStatus.PAUSED, TODAY.plusDays(20));
        network.changeStatus(NetworkStatus.ACTIVE, TODAY.plusDays(30));
        network.changeStatus(NetworkStatus.ENDED, TODAY.plusDays(40));

        assertThat(network.activeSince()).contains(TODAY.plusDays(10));
        assertThat(network.endedOn()).contains(TODAY.plusDays(40));
        assertThat(events(network)).filteredOn(NetworkStatusChanged.class::isInstance).hasSize(4);
        assertThatThrownBy(() -> network.changeStatus(NetworkStatus.ACTIVE, TODAY.plusDays(50)))
                .isInstanceOf(DomainException.class).hasMessage("network.error.status-transition");
    }

    @Test
    void aStatusCannotChangeBeforeTheCurrentOneStarted() {
        Network network = newNetwork();

        assertThatThrownBy(() -> network.changeStatus(NetworkStatus.ACTIVE, TODAY.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessage("network.error.status-date");
    }

    @Test
    void aFormingNetworkCannotBePausedDirectly() {
        assertThatThrownBy(() -> newNetwork().changeStatus(NetworkStatus.PAUSED, TODAY))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void membersJoinForADisciplineOnTheManagedList() {
        Network network = newNetwork();
        UUID account = UUID.randomUUID();

        Member member = network.addMember(details(account, "PHARMACIST", MemberRole.LIAISON), TODAY, catalogue, TODAY);

        assertThat(network.currentMembers(TODAY)).containsExactly(member);
        assertThat(network.isMember(new AccountId(account), TODAY)).isTrue();
        assertThat(events(network)).filteredOn(MemberJoined.class::isInstance).singleElement()
                .extracting(event -> ((MemberJoined) event).discipline()).isEqualTo("PHARMACIST");
        assertThatThrownBy(() -> network.addMember(details(null, "ASTROLOGER"), TODAY, catalogue, TODAY))
                .isInstanceOf(DomainException.class).hasMessage("member.error.discipline");
    }

    @Test
    void anAccountIsLinkedToOneCurrentMemberOfTheNetwork() {
        Network network = newNetwork();
        UUID account = UUID.randomUUID();
        Member first = network.addMember(details(account, "GP"), TODAY, catalogue, TODAY);

        assertThatThrownBy(() -> network.addMember(details(account, "GP"), TODAY, catalogue, TODAY))
                .isInstanceOf(DomainException.class).hasMessage("member.error.account-linked");
        assertThatThrownBy(() -> network.addMember(details(account, "PRACTICE_NURSE"), TODAY, catalogue, TODAY))
                .isInstanceOf(DomainException.class).hasMessage("member.error.account-linked");
        Member other = network.addMember(details(null, "PRACTICE_NURSE"), TODAY, catalogue, TODAY);
        assertThatThrownBy(() -> network.changeMember(other.id(), details(account, "PRACTICE_NURSE"), catalogue,
                TODAY)).isInstanceOf(DomainException.class).hasMessage("member.error.account-linked");
        network.changeMember(first.id(), details(account, "GP", MemberRole.COORDINATOR), catalogue, TODAY);
        assertThat(network.isCoordinator(new AccountId(account), TODAY)).isTrue();

        network.endMembership(first.id(), TODAY);
        network.addMember(details(account, "PRACTICE_NURSE"), TODAY, catalogue, TODAY);
        assertThat(network.isMember(new AccountId(account), TODAY)).isTrue();
    }

    @Test
    void aMemberIsUnlinkedFromItsAccount() {
        Network network = newNetwork();
        UUID account = UUID.randomUUID();
        Member member = network.addMember(details(account, "GP", MemberRole.COORDINATOR), TODAY, catalogue, TODAY);

        network.changeMember(member.id(), details(null, "GP", MemberRole.COORDINATOR), catalogue, TODAY);

        assertThat(network.isCoordinator(new AccountId(account), TODAY)).isFalse();
        assertThat(member.account()).isNull();
    }

    @Test
    void anEndedMembershipIsKeptAsHistory() {
        Network network = newNetwork();
        Member member = network.addMember(details(null, "GP", MemberRole.COORDINATOR), TODAY, catalogue, TODAY);
        assertThat(network.hasCoordinator(TODAY)).isTrue();

        network.endMembership(member.id(), TODAY.plusDays(5));

        assertThat(network.currentMembers(TODAY.plusDays(4))).containsExactly(member);
        assertThat(network.currentMembers(TODAY.plusDays(5))).isEmpty();
        assertThat(network.formerMembers(TODAY.plusDays(5))).containsExactly(member);
        assertThat(network.hasCoordinator(TODAY.plusDays(5))).isFalse();
        assertThat(events(network)).filteredOn(MemberLeft.class::isInstance).hasSize(1);
        assertThatThrownBy(() -> network.endMembership(member.id(), TODAY.plusDays(6)))
                .isInstanceOf(DomainException.class).hasMessage("member.error.already-ended");
    }

    @Test
    void aMembershipCannotEndBeforeItStarted() {
        Network network = newNetwork();
        Member member = network.addMember(details(null, "GP"), TODAY, catalogue, TODAY);

        assertThatThrownBy(() -> network.endMembership(member.id(), TODAY.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessage("member.error.end-before-start");
    }

    @Test
    void aSecondDelegateForAProfessionIsAllowedButFlagged() {
        Network network = newNetwork();
        network.addMember(details(null, "GP", MemberRole.DELEGATE), TODAY, catalogue, TODAY);
        network.addMember(details(null, "GP", MemberRole.DELEGATE), TODAY, catalogue, TODAY);

        assertThat(network.disciplinesWithSeveralDelegates(TODAY)).containsExactly("GP");
    }

    @Test
    void anEndedNetworkTakesNoNewMembersOrArea() {
        Network network = newNetwork();
        network.changeStatus(NetworkStatus.ENDED, TODAY);

        assertThatThrownBy(() -> network.addMember(details(null, "GP"), TODAY, catalogue, TODAY))
                .hasMessage("network.error.ended");
        NeighbourhoodCode code = new NeighbourhoodCode("BU09990001");
        assertThatThrownBy(() -> network.toggleNeighbourhood(code, Set.of(code)))
                .hasMessage("network.error.ended");
    }

    @Test
    void theServiceAreaTogglesNeighbourhoods() {
        Network network = newNetwork();
        NeighbourhoodCode code = new NeighbourhoodCode("BU09990001");

        assertThat(network.toggleNeighbourhood(code, Set.of(code))).isTrue();
        assertThat(network.serviceArea()).containsExactly(code);
        assertThat(network.toggleNeighbourhood(code, Set.of(code))).isFalse();
        assertThat(network.serviceArea()).isEmpty();
    }

    @Test
    void theServiceAreaHoldsOnlyNeighbourhoodsOfTheRegion() {
        Network network = newNetwork();
        NeighbourhoodCode ours = new NeighbourhoodCode("BU09990001");
        NeighbourhoodCode foreign = new NeighbourhoodCode("BU09980001");

        assertThatThrownBy(() -> network.toggleNeighbourhood(foreign, Set.of(ours)))
                .hasMessage("network.error.area-outside-region");
        assertThatThrownBy(() -> network.serveNeighbourhoods(List.of(ours, foreign), Set.of(ours)))
                .hasMessage("network.error.area-outside-region");
        assertThat(network.serviceArea()).isEmpty();

        network.serveNeighbourhoods(List.of(ours), Set.of(ours));
        assertThat(network.serviceArea()).containsExactly(ours);
    }

    @Test
    void onlySocialDomainFunctionsCountForTheSocialSeat() {
        Network network = newNetwork();

        network.countSocialFunctions(Set.of("SOCIAL_WORKER", "DEBT_COUNSELLOR"), catalogue);
        assertThat(network.countedSocialFunctions()).containsExactlyInAnyOrder("SOCIAL_WORKER", "DEBT_COUNSELLOR");
        assertThatThrownBy(() -> network.countSocialFunctions(Set.of("PHARMACIST"), catalogue))
                .hasMessage("network.error.not-social-function");
    }

    @Test
    void aNetworkNamesSocialFunctionsOfItsOwnAndAMemberMayHaveOne() {
        Network network = newNetwork();

        network.nameOwnSocialFunctions(List.of(" Wijkcoach ", "", "wijkcoach", "Buurtwerker"));
        assertThat(network.ownSocialFunctions()).containsExactlyInAnyOrder("Wijkcoach", "Buurtwerker");

        Member coach = network.addMember(new MemberDetails(null, "Wendy", null, "WELFARE_WORKER", Set.of(), null,
                null, null, "Wijkcoach"), TODAY, catalogue, TODAY);
        assertThat(coach.socialFunction()).isEqualTo("Wijkcoach");
        assertThat(coach.details().socialFunction()).isEqualTo("Wijkcoach");
        assertThatThrownBy(() -> network.addMember(new MemberDetails(null, "Piet", null, "WELFARE_WORKER", Set.of(),
                null, null, null, "Sleutelfiguur"), TODAY, catalogue, TODAY))
                .hasMessage("member.error.social-function");
    }

    @Test
    void anOwnSocialFunctionHasALimitedLength() {
        Network network = newNetwork();

        assertThatThrownBy(() -> network.nameOwnSocialFunctions(List.of("x".repeat(101))))
                .hasMessage("network.error.own-function-too-long");
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("Functie " + i);
        }
        assertThatThrownBy(() -> network.nameOwnSocialFunctions(many))
                .hasMessage("network.error.own-functions-too-many");
        assertThat(network.ownSocialFunctions()).isEmpty();
    }

    @Test
    void aLinkedSocialDomainSaysHow() {
        Network network = newNetwork();

        assertThatThrownBy(() -> network.linkSocialDomain(true, " ")).hasMessage("network.error.social-link-description");
        network.linkSocialDomain(true, "Buurtteam schuift elk kwartaal aan");
        assertThat(network.socialDomainLinked()).isTrue();
    }

    @Test
    void aThematicNetworkNeedsATheme() {
        assertThatThrownBy(() -> new NetworkProfile("Jeugd", null, null, NetworkKind.THEMATIC, null, null, null, null))
                .hasMessage("network.error.theme-required");
        assertThatThrownBy(() -> new NetworkProfile("Jeugd", null, null, NetworkKind.THEMATIC, NetworkTheme.YOUTH,
                null, 18, 4)).hasMessage("network.error.age-range");
        assertThat(new NetworkProfile("Jeugd", null, null, NetworkKind.THEMATIC, NetworkTheme.YOUTH, null, 4, 18)
                .ageFrom()).isEqualTo(4);
    }

    @Test
    void theKindOfANetworkDoesNotChange() {
        Network network = newNetwork();

        assertThatThrownBy(() -> network.describe(NetworkProfile.thematic("Jeugd", NetworkTheme.YOUTH)))
                .hasMessage("network.error.kind-fixed");
    }

    @Test
    void aSizeJustificationIsRecordedAndCleared() {
        Network network = newNetwork();

        network.justifySize("Dorpskern met eigen huisartsenpost");
        assertThat(network.sizeJustification()).contains("Dorpskern met eigen huisartsenpost");
        network.justifySize("  ");
        assertThat(network.sizeJustification()).isEmpty();
    }
}
