package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Vocabulary;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.demo.DemoData;
import nl.hecht.shared.Today;

/**
 * Loads the demo sociale kaart of Regio Voorbeeld ({@link SocialMapDemoPlan}; R071–R073, R210,
 * R245–R247, R259) after the register's demo organisations (order 30) and before the demo networks (35): the extra
 * organisations and associations, their locations inside the demo neighbourhoods, the services, initiatives and
 * access points, some of them last verified more than twelve months ago, and the demo accounts as staff of their
 * organisations (socialworker: Welzijn Voorbeeld and Buurtteam Voorbeeld; nurse: Thuiszorg Voorbeeld; pharmacist:
 * Apotheek Het Plein; coordinator: Huisartsenpraktijk De Linde).
 * <p>
 * Idempotent: rows are keyed by their {@code demo-…} external ids and deterministic ids; what exists is left alone,
 * so a second run writes nothing. Fast: a handful of queries to read what exists, then plain inserts in JDBC
 * batches, indexed once at commit. Does nothing without the demo geography.
 */
@Component
class SocialMapDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(SocialMapDemoData.class);
    private static final List<MunicipalityCode> REGION = List.of(new MunicipalityCode("GM9901"),
            new MunicipalityCode("GM9902"));
    /** Demo account → the organisations it keeps entries of. */
    private static final Map<String, List<String>> STAFF = Map.of(
            "socialworker", List.of("Welzijn Voorbeeld", "Buurtteam Voorbeeld"),
            "nurse", List.of("Thuiszorg Voorbeeld"),
            "pharmacist", List.of("Apotheek Het Plein"),
            "coordinator", List.of("Huisartsenpraktijk De Linde"),
            "practicemanager", List.of("Huisartsenpraktijk Het Anker"));

    private final Areas areas;
    private final Accounts accounts;
    private final OrganisationRepository organisations;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SocialMapDemoData(Areas areas, Accounts accounts, OrganisationRepository organisations,
            EntityManager entityManager, Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.areas = areas;
        this.accounts = accounts;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 31;
    }

    /** Loads what is missing in one transaction; the time logged includes the commit and its indexing. */
    @Override
    public void load() {
        long start = System.nanoTime();
        long[] counts = transactions.execute(status -> {
            long[] result = loadMissing();
            if (result != null) {
                entityManager.flush();
                result[3] = System.nanoTime();
            }
            return result;
        });
        if (counts != null && (counts[0] > 0 || counts[1] > 0)) {
            long end = System.nanoTime();
            log.info("Demo mode: sociale kaart: {} entries and {} staff links in {} ms (planned in {} ms, written in "
                    + "{} ms, committed and indexed in {} ms)", counts[0], counts[1], (end - start) / 1_000_000,
                    (counts[2] - start) / 1_000_000, (counts[3] - counts[2]) / 1_000_000,
                    (end - counts[3]) / 1_000_000);
        }
    }

    /** Entries written, staff links added, when the plan was ready, (when the writes were flushed). */
    private long[] loadMissing() {
        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(REGION);
        if (!SocialMapDemoPlan.fits(neighbourhoods)) {
            log.warn("Demo mode: the demo geography of Regio Voorbeeld is missing; no sociale kaart loaded");
            return null;
        }
        Set<String> existingEntries = new HashSet<>(entityManager.createQuery(
                "select s.externalId from ServiceEntry s where s.externalId like :prefix", String.class)
                .setParameter("prefix", SocialMapDemoPlan.PREFIX + "%").getResultList());
        Map<String, RegisteredOrganisation> byName = new HashMap<>();
        organisations.findAll().forEach(o -> byName.put(key(o.name()), o));
        SocialMapDemoPlan plan = SocialMapDemoPlan.plan(neighbourhoods, outlines(neighbourhoods));
        long planned = System.nanoTime();
        int written = plan.entries().stream().allMatch(e -> existingEntries.contains(e.key())) ? 0
                : write(plan, existingEntries, byName);
        int linked = linkStaff(byName);
        return new long[] { written, linked, planned, 0 };
    }

    private int write(SocialMapDemoPlan plan, Set<String> existingEntries,
            Map<String, RegisteredOrganisation> byName) {
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(100);
        // searchable when the transaction returns, without waiting for the index files to be synced to disk (the
        // index commits them within a second; after a crash before that, the start-up check rebuilds the index)
        Search.session(entityManager).indexingPlanSynchronizationStrategy(
                IndexingPlanSynchronizationStrategy.readSync());
        List<NewOrganisation> newOrganisations = new java.util.ArrayList<>(plan.organisations());
        newOrganisations.addAll(plan.associations());
        for (NewOrganisation organisation : newOrganisations) {
            if (!byName.containsKey(key(organisation.name()))) {
                RegisteredOrganisation registered = new RegisteredOrganisation(organisation, clock.instant());
                entityManager.persist(registered);
                byName.put(key(organisation.name()), registered);
            }
        }
        Map<UUID, LocationEntity> locations = new LinkedHashMap<>();
        List<UUID> locationIds = plan.locations().stream().map(SocialMapDemoPlan.PlannedLocation::id).toList();
        entityManager.createQuery("select l from LocationEntity l where l.id in :ids", LocationEntity.class)
                .setParameter("ids", locationIds).getResultList().forEach(l -> locations.put(l.id().value(), l));
        for (SocialMapDemoPlan.PlannedLocation planned : plan.locations()) {
            if (!locations.containsKey(planned.id())) {
                LocationEntity location = new LocationEntity(planned.id(), organisation(byName, planned.organisation())
                        .id(), planned.key(), planned.details());
                entityManager.persist(location);
                locations.put(planned.id(), location);
            }
        }
        Map<String, Term> terms = new HashMap<>();
        entityManager.createQuery("select t from Term t", Term.class).getResultList()
                .forEach(t -> terms.put(t.code(), t));
        LocalDate today = Today.in(clock);
        int written = 0;
        for (SocialMapDemoPlan.PlannedEntry planned : plan.entries()) {
            if (existingEntries.contains(planned.key())) {
                continue;
            }
            Term category = terms.get(planned.details().categoryCode());
            if (category == null || category.vocabulary() != Vocabulary.CATEGORY || !planned.details().targetGroups()
                    .stream().allMatch(code -> terms.containsKey(code)
                            && terms.get(code).vocabulary() == Vocabulary.TARGET_GROUP)) {
                throw new IllegalStateException("demo entry " + planned.key() + " uses an unknown taxonomy code");
            }
            Set<LocationEntity> at = new LinkedHashSet<>();
            for (LocationId id : planned.details().locations()) {
                at.add(locations.get(id.value()));
            }
            ServiceEntry entry = new ServiceEntry(planned.id(), organisation(byName, planned.organisation()),
                    planned.key(), planned.details(), category, at, null, clock);
            if (planned.verifiedMonthsAgo() > 0) {
                entry.verifiedOn(today.minusMonths(planned.verifiedMonthsAgo()));
            }
            entityManager.persist(entry);
            written++;
        }
        return written;
    }

    private int linkStaff(Map<String, RegisteredOrganisation> byName) {
        int linked = 0;
        for (Map.Entry<String, List<String>> staff : STAFF.entrySet()) {
            var account = accounts.findByUsername(staff.getKey()).map(AccountSummary::id);
            if (account.isEmpty()) {
                continue;
            }
            for (String name : staff.getValue()) {
                RegisteredOrganisation organisation = byName.get(key(name));
                if (organisation != null && !organisation.hasStaff(account.get())) {
                    organisation.addStaff(account.get());
                    linked++;
                }
            }
        }
        return linked;
    }

    private static RegisteredOrganisation organisation(Map<String, RegisteredOrganisation> byName, String name) {
        RegisteredOrganisation organisation = byName.get(key(name));
        if (organisation == null) {
            throw new IllegalStateException("demo organisation missing: " + name);
        }
        return organisation;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The neighbourhoods' outlines (WGS84; x = longitude), by code. */
    private Map<String, Geometry> outlines(List<Neighbourhood> neighbourhoods) {
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        Map<String, Geometry> outlines = new HashMap<>();
        areas.geometries(neighbourhoods.stream().map(Neighbourhood::code).toList()).forEach((code, json) -> {
            try {
                outlines.put(code.value(), reader.read(json));
            } catch (ParseException e) {
                log.warn("Demo mode: outline of {} unreadable", code);
            }
        });
        return outlines;
    }

    /** For the test: the outline of one neighbourhood. */
    Geometry outline(NeighbourhoodCode code) {
        return outlines(areas.neighbourhoods(List.of(code))).get(code.value());
    }
}
