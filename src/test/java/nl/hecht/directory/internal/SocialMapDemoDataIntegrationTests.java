package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.SearchResult;
import nl.hecht.directory.ServiceHit;
import nl.hecht.directory.SocialMapSearch;
import nl.hecht.identity.Accounts;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.Today;

/**
 * The demo sociale kaart of Regio Voorbeeld: the promised numbers of services, community
 * initiatives (R071–R073, R210, R259) and access points (R245–R247), locations inside their neighbourhoods,
 * debt counselling to find, entries due for verification, staff links, determinism and idempotence.
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class SocialMapDemoDataIntegrationTests {

    private static final List<MunicipalityCode> REGION = List.of(new MunicipalityCode("GM9901"),
            new MunicipalityCode("GM9902"));

    @Autowired
    SocialMapDemoData demoData;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Areas areas;
    @Autowired
    Accounts accounts;
    @Autowired
    SocialMapSearch search;
    @Autowired
    Clock clock;

    private List<ServiceEntry> demoEntries() {
        return entityManager.createQuery("select s from ServiceEntry s where s.externalId like 'demo-%'",
                ServiceEntry.class).getResultList();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    @Test
    void aboutThreeHundredServicesFortyInitiativesAndTheAccessPoints() {
        inTransaction(() -> {
            List<ServiceEntry> entries = demoEntries();
            Map<EntryKind, Long> byKind = entries.stream()
                    .collect(Collectors.groupingBy(ServiceEntry::kind, Collectors.counting()));
            assertThat(byKind.get(EntryKind.SERVICE)).isBetween(290L, 320L);
            assertThat(byKind.get(EntryKind.INITIATIVE)).isBetween(38L, 45L);
            assertThat(byKind.get(EntryKind.ACCESS_POINT)).isEqualTo(22L);
            Map<String, Long> accessPoints = entries.stream().filter(e -> e.kind() == EntryKind.ACCESS_POINT)
                    .collect(Collectors.groupingBy(e -> e.category().code(), Collectors.counting()));
            assertThat(accessPoints).containsEntry("wmo-loket", 2L).containsEntry("sociaal-wijkteam", 10L)
                    .containsEntry("informatiepunt", 10L);
            // R246: one phone number for every information point
            assertThat(entries.stream().filter(e -> e.category().code().equals("informatiepunt"))
                    .map(e -> e.details().phone()).distinct()).containsExactly(SocialMapDemoPlan.ONE_NUMBER);
            // spread over the taxonomy: every category below the top level and every target group is used
            List<String> categories = entityManager.createQuery(
                    "select t.code from Term t where t.vocabulary = nl.hecht.directory.Vocabulary.CATEGORY and t.parentCode is not null",
                    String.class).getResultList();
            assertThat(entries.stream().map(e -> e.category().code()).distinct().toList())
                    .containsAll(categories);
            List<String> targetGroups = entityManager.createQuery(
                    "select t.code from Term t where t.vocabulary = nl.hecht.directory.Vocabulary.TARGET_GROUP",
                    String.class).getResultList();
            assertThat(entries.stream().flatMap(e -> e.details().targetGroups().stream()).distinct().toList())
                    .containsAll(targetGroups);
            long publicEntries = entries.stream().filter(e -> e.details().publicEntry()).count();
            assertThat((double) publicEntries / entries.size()).isBetween(0.6, 0.8);
            assertThat(entries.stream().map(e -> e.details().waitingDays()).distinct().count()).isGreaterThan(5);
            return null;
        });
    }

    @Test
    void initiativesSayWhatWhoWhenWhereContactAndForWhomAlsoInTheVillages() {
        inTransaction(() -> {
            List<ServiceEntry> initiatives = demoEntries().stream().filter(e -> e.kind() == EntryKind.INITIATIVE)
                    .toList();
            assertThat(initiatives).allSatisfy(entry -> {
                var details = entry.details();
                assertThat(details.description()).isNotBlank();
                assertThat(details.organiser()).isNotBlank();
                assertThat(details.hours()).isNotEmpty();
                assertThat(details.locations()).hasSize(1);
                assertThat(details.email()).isNotBlank();
                assertThat(details.targetGroups()).isNotEmpty();
            });
            // R259: associations of the small villages of Maasheuvel
            assertThat(initiatives.stream().filter(e -> e.neighbourhoods().stream()
                    .allMatch(n -> n.municipality().value().equals("GM9902")))
                    .filter(e -> e.category().code().equals("vereniging"))).hasSizeGreaterThanOrEqualTo(10);
            // R210: key figures such as a church and a playground association; R071/R073: day activities, meals, volunteers
            assertThat(initiatives.stream().filter(e -> e.category().code().equals("sleutelfiguur")).map(
                    ServiceEntry::name)).anyMatch(name -> name.startsWith("Speeltuinvereniging"))
                    .anyMatch(name -> name.startsWith("Kerk"));
            assertThat(initiatives.stream().map(e -> e.category().code()).distinct().toList()).contains("maaltijden",
                    "vrijwilligers", "ervaringsdeskundigen", "ontmoeting", "bewonersinitiatief");
            return null;
        });
    }

    @Test
    void everyLocationLiesInsideItsNeighbourhoodAndEntriesServeIt() {
        inTransaction(() -> {
            GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
            GeometryFactory factory = new GeometryFactory();
            List<NeighbourhoodCode> codes = areas.neighbourhoodsIn(REGION).stream().map(Neighbourhood::code).toList();
            Map<String, Geometry> outlines = new HashMap<>();
            areas.geometries(codes).forEach((code, json) -> {
                try {
                    outlines.put(code.value(), reader.read(json));
                } catch (org.locationtech.jts.io.ParseException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<LocationEntity> locations = entityManager.createQuery(
                    "select l from LocationEntity l where l.externalId like 'demo-%'", LocationEntity.class)
                    .getResultList();
            assertThat(locations).hasSizeGreaterThan(100);
            assertThat(locations).allSatisfy(location -> {
                Geometry outline = outlines.get(location.neighbourhoodCode());
                assertThat(outline).as(location.externalId()).isNotNull();
                assertThat(outline.contains(factory.createPoint(
                        new Coordinate(location.longitude(), location.latitude())))).as(location.externalId()).isTrue();
                assertThat(location.details().postalCode()).matches("\\d{4} [A-Z]{2}");
            });
            assertThat(demoEntries()).allSatisfy(entry -> assertThat(entry.neighbourhoods().stream()
                    .map(NeighbourhoodCode::value).toList()).containsAll(entry.locations().stream()
                    .map(LocationEntity::neighbourhoodCode).toList()));
            return null;
        });
    }

    @Test
    void debtCounsellingIsThereToFindSomeWithoutWaitingTimeAndWithoutReferral() {
        inTransaction(() -> {
            List<ServiceEntry> debt = demoEntries().stream()
                    .filter(e -> e.category().code().equals("schuldhulpverlening")).toList();
            assertThat(debt).hasSizeGreaterThan(20);
            assertThat(debt).filteredOn(e -> e.details().waitingDays() != null && e.details().waitingDays() == 0
                    && e.details().access() == Referral.SELF_REFERRAL).hasSizeGreaterThan(5);
            assertThat(debt).filteredOn(e -> e.details().waitingDays() == null || e.details().waitingDays() > 0)
                    .isNotEmpty();
            return null;
        });
        SearchResult found = search.search(SearchQuery.text("schuldhulp").page(0, 100));
        assertThat(found.hits().stream().map(ServiceHit::name)).anyMatch(n -> n.startsWith("Schuldhulpverlening "))
                .anyMatch(n -> n.startsWith("Schuldhulpmaatje "));
        assertThat(found.noWaitingTimeCount()).isGreaterThan(5);
    }

    @Test
    void someEntriesAreDueForVerification() {
        inTransaction(() -> {
            LocalDate yearAgo = Today.in(clock).minusMonths(12);
            List<ServiceEntry> entries = demoEntries();
            long due = entries.stream().filter(e -> e.lastVerifiedOn().isBefore(yearAgo)).count();
            assertThat(due).isBetween(10L, entries.size() / 4L);
            return null;
        });
    }

    @Test
    void demoAccountsKeepTheirOrganisationsEntries() {
        var socialWorker = accounts.findByUsername("socialworker").orElseThrow().id();
        var nurse = accounts.findByUsername("nurse").orElseThrow().id();
        inTransaction(() -> {
            Map<String, RegisteredOrganisation> byName = entityManager
                    .createQuery("select o from RegisteredOrganisation o", RegisteredOrganisation.class)
                    .getResultList().stream().collect(Collectors.toMap(RegisteredOrganisation::name, o -> o));
            assertThat(byName.get("Welzijn Voorbeeld").hasStaff(socialWorker)).isTrue();
            assertThat(byName.get("Buurtteam Voorbeeld").hasStaff(socialWorker)).isTrue();
            assertThat(byName.get("Thuiszorg Voorbeeld").hasStaff(nurse)).isTrue();
            assertThat(byName.get("Thuiszorg Voorbeeld").hasStaff(socialWorker)).isFalse();
            return null;
        });
    }

    @Test
    void theSamePlanEveryTimeAndASecondRunChangesNothing() {
        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(REGION);
        Map<String, Geometry> outlines = new HashMap<>();
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        areas.geometries(neighbourhoods.stream().map(Neighbourhood::code).toList()).forEach((code, json) -> {
            try {
                outlines.put(code.value(), reader.read(json));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalStateException(e);
            }
        });
        SocialMapDemoPlan one = SocialMapDemoPlan.plan(neighbourhoods, outlines);
        SocialMapDemoPlan two = SocialMapDemoPlan.plan(neighbourhoods, outlines);
        assertThat(two.entries()).isEqualTo(one.entries());
        assertThat(two.locations()).isEqualTo(one.locations());

        String fingerprint = "select count(s), sum(s.version) from ServiceEntry s where s.externalId like 'demo-%'";
        Object[] before = inTransaction(() -> entityManager.createQuery(fingerprint, Object[].class).getSingleResult());
        long organisations = inTransaction(() -> entityManager
                .createQuery("select count(o) from RegisteredOrganisation o", Long.class).getSingleResult());
        long locations = inTransaction(() -> entityManager
                .createQuery("select count(l) from LocationEntity l", Long.class).getSingleResult());
        demoData.load();
        Object[] after = inTransaction(() -> entityManager.createQuery(fingerprint, Object[].class).getSingleResult());
        assertThat(after).containsExactly(before);
        assertThat(before[0]).isEqualTo((long) one.entries().size());
        assertThat(inTransaction(() -> entityManager.createQuery("select count(o) from RegisteredOrganisation o",
                Long.class).getSingleResult())).isEqualTo(organisations);
        assertThat(inTransaction(() -> entityManager.createQuery("select count(l) from LocationEntity l",
                Long.class).getSingleResult())).isEqualTo(locations);
    }
}
