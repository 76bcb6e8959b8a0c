package nl.hecht.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.area.internal.AreaImports;
import nl.hecht.area.internal.ImportReport;
import nl.hecht.area.internal.ImportStatus;
import nl.hecht.bench.SyntheticNetworks.Member;
import nl.hecht.bench.SyntheticNetworks.Network;
import nl.hecht.bench.SyntheticNetworks.Practice;
import nl.hecht.bench.SyntheticNetworks.Region;
import nl.hecht.bench.SyntheticNetworks.Stakeholder;

/**
 * Writes a {@link NationalDataSet} into the benchmark database. The areas and key figures go through Hecht's own CBS
 * importer (the CSV the data set writes, the importer's bulk upsert); regions, networks, members and GP practices go
 * into Hecht's tables with JDBC batch inserts in one transaction, as the entities would write them (one row per
 * entity and per element of their collections). Seeding a database that already holds this data set does nothing;
 * a database with other regions or areas is refused, so a real database is never mixed with synthetic data.
 */
public final class Seeder {

    private static final int BATCH = 1_000;
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    /** What {@link #ensureSeeded} did. */
    public record Outcome(boolean seeded, long millis, ImportReport areaImport) {
    }

    private final BenchDatabase database;
    private final JdbcTemplate jdbc;

    public Seeder(BenchDatabase database) {
        this.database = database;
        this.jdbc = database.jdbc();
    }

    /** Seeds the data set unless the database already holds it. */
    public Outcome ensureSeeded(NationalDataSet data) {
        long start = System.nanoTime();
        long otherAreas = count("select count(*) from area where substring(code, 3, 1) <> '5'");
        long regions = count("select count(*) from network_region");
        long benchRegions = count("select count(*) from network_region where name like 'Proefregio %'");
        if (otherAreas > 0 || regions != benchRegions) {
            throw new IllegalStateException("The database at " + database.location() + " holds other areas or "
                    + "regions than the synthetic ones; give the benchmarks a database of their own.");
        }
        if (regions > 0) {
            requireSame(data);
            return new Outcome(false, millis(start), null);
        }
        ImportReport report = importAreas(data);
        new TransactionTemplate(database.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            insertPractices(data.networks().practices());
            insertRegions(data.networks().regions());
            insertNetworks(data.networks().networks());
        });
        requireSame(data);
        return new Outcome(true, millis(start), report);
    }

    private ImportReport importAreas(NationalDataSet data) {
        try {
            Path csv = Files.createTempFile("hecht-bench-kwb-", ".csv");
            try {
                Files.write(csv, data.country().cbsCsv());
                ImportReport report = database.bean(AreaImports.class).importCbs(csv, SyntheticCountry.YEAR);
                if (report.status() != ImportStatus.SUCCEEDED || report.rejectedCount() > 0) {
                    throw new IllegalStateException("The CBS import of the synthetic country failed: " + report);
                }
                return report;
            } finally {
                Files.deleteIfExists(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database holds exactly the data set's areas, regions, networks and members. */
    private void requireSame(NationalDataSet data) {
        SyntheticNetworks networks = data.networks();
        check("neighbourhoods", count("select count(*) from area where area_level = 'NEIGHBOURHOOD'"),
                data.country().neighbourhoods().size());
        check("regions", count("select count(*) from network_region"), networks.regions().size());
        check("networks", count("select count(*) from network_network"), networks.networks().size());
        check("members", count("select count(*) from network_member"), networks.members());
        check("service area rows", count("select count(*) from network_service_area"),
                networks.networks().stream().mapToLong(network -> network.serviceArea().size()).sum());
        UUID first = networks.networks().get(0).id();
        check("the first network's id", count("select count(*) from network_network where id = ?", first), 1);
    }

    private void check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("The database at " + database.location() + " holds " + actual + " "
                    + what + ", the data set " + expected + ": it holds another data set; give the benchmarks an "
                    + "empty database (dropdb and createdb, or remove the H2 folder).");
        }
    }

    private void insertPractices(List<Practice> practices) {
        batch("insert into directory_organisation (id, name, type, agb_code, kvk_number, list_size, created_at, "
                + "version) values (?, ?, 'GP_PRACTICE', ?, null, ?, ?, 0)",
                practices.stream().map(p -> new Object[] {p.id(), p.name(), p.agbCode(), p.listSize(), CREATED})
                        .toList());
    }

    private void insertRegions(List<Region> regions) {
        batch("insert into network_region (id, name, min_inhabitants, max_inhabitants, created_at, version) "
                + "values (?, ?, ?, ?, ?, 0)", regions.stream().map(region -> new Object[] {region.id(), region.name(),
                        region.minInhabitants(), region.maxInhabitants(), CREATED}).toList());
        List<Object[]> municipalities = new ArrayList<>();
        List<Object[]> stakeholders = new ArrayList<>();
        List<Object[]> expected = new ArrayList<>();
        for (Region region : regions) {
            region.municipalityCodes().forEach(code -> municipalities.add(new Object[] {region.id(), code}));
            for (int i = 0; i < region.stakeholders().size(); i++) {
                Stakeholder stakeholder = region.stakeholders().get(i);
                stakeholders.add(new Object[] {region.id(), i, stakeholder.kind(), stakeholder.name(),
                        stakeholder.contactName(), stakeholder.contactEmail()});
            }
            region.expectedDisciplines().forEach(code -> expected.add(new Object[] {region.id(), code}));
        }
        batch("insert into network_region_municipality (region_id, municipality_code) values (?, ?)",
                municipalities);
        batch("insert into network_region_stakeholder (region_id, position, kind, name, organisation_id, "
                + "contact_name, contact_email, contact_phone) values (?, ?, ?, ?, null, ?, ?, null)", stakeholders);
        batch("insert into network_region_expected_discipline (region_id, discipline_code) values (?, ?)", expected);
    }

    private void insertNetworks(List<Network> networks) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> functions = new ArrayList<>();
        List<Object[]> reasons = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (Network n : networks) {
            rows.add(new Object[] {n.id(), n.regionId(), n.name(), n.label().name(), n.coordinatorLabel().name(),
                    n.kind().name(), n.theme() == null ? null : n.theme().name(), n.ageFrom(), n.ageTo(),
                    n.status().name(), n.statusSince(), n.activeSince(), n.endedOn(), n.areaBasis().name(),
                    n.sizeJustification(), n.socialDomainLinked(), n.socialDomainLink(), CREATED});
            n.serviceArea().forEach(code -> areas.add(new Object[] {n.id(), code}));
            n.servedPractices().forEach(practice -> practices.add(new Object[] {n.id(), practice}));
            n.countedSocialFunctions().stream().sorted()
                    .forEach(code -> functions.add(new Object[] {n.id(), code}));
            for (Map.Entry<String, String> reason : n.nonParticipation().entrySet()) {
                reasons.add(new Object[] {n.id(), reason.getKey(), reason.getValue()});
            }
            for (Member m : n.members()) {
                members.add(new Object[] {m.id(), n.id(), m.personName(), m.disciplineCode(), m.validFrom(),
                        m.validTo()});
                m.roles().stream().sorted().forEach(role -> roles.add(new Object[] {m.id(), role.name()}));
            }
        }
        batch("insert into network_network (id, region_id, name, label, coordinator_label, kind, theme, age_from, "
                + "age_to, status, status_since, active_since, ended_on, area_basis, size_justification, "
                + "social_domain_linked, social_domain_link, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        batch("insert into network_service_area (network_id, neighbourhood_code) values (?, ?)", areas);
        batch("insert into network_served_practice (network_id, organisation_id) values (?, ?)", practices);
        batch("insert into network_social_function (network_id, discipline_code) values (?, ?)", functions);
        batch("insert into network_non_participation (network_id, expectation, reason) values (?, ?, ?)", reasons);
        batch("insert into network_member (id, network_id, account_id, person_name, organisation_id, "
                + "discipline_code, valid_from, valid_to, version) values (?, ?, null, ?, null, ?, ?, ?, 0)", members);
        batch("insert into network_member_role (member_id, role) values (?, ?)", roles);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
