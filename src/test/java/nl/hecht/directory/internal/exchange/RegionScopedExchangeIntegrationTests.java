package nl.hecht.directory.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.directory.internal.EntryAccess;
import nl.hecht.directory.internal.EntryScope;
import nl.hecht.directory.internal.ServiceEntry;
import nl.hecht.directory.internal.ServiceRepository;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * RESV staff keep the part of the sociale kaart of their region only: with the demo region split in
 * two (Regio Voorbeeld keeps Voorbeeldstad GM9901, a second region gets Maasheuvel GM9902), staff of the second
 * region may not edit, import into or export the first region's entries; administrators keep the whole. Imports
 * commit for real, so the split is committed too and undone after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionScopedExchangeIntegrationTests {

    private static final MunicipalityCode CITY = new MunicipalityCode("GM9901");
    private static final MunicipalityCode VILLAGES = new MunicipalityCode("GM9902");

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryImports imports;
    @Autowired
    DirectoryImporter importer;
    @Autowired
    DirectoryExport export;
    @Autowired
    EntryAccess access;
    @Autowired
    ServiceRepository services;
    @Autowired
    RegionManagement regions;
    @Autowired
    RegionRepository regionRepository;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path folder;

    private TransactionTemplate tx;
    private RegionId villages;
    private CurrentUser villageStaff;
    private CurrentUser admin;

    @BeforeEach
    void splitTheDemoRegion() {
        tx = new TransactionTemplate(transactions);
        villageStaff = new CurrentUser(AccountId.random(), "resv-b", "Regio B", null, null, Set.of(Role.RESV_STAFF));
        admin = new CurrentUser(AccountId.random(), "admin-b", "Beheer", null, null, Set.of(Role.ADMIN));
        villages = tx.execute(status -> {
            demoRegion().cover(List.of(CITY));
            RegionId id = regions.create("Regio Maasheuvel " + UUID.randomUUID(), List.of(VILLAGES));
            regions.assign(id, villageStaff.id(), StaffRole.STAFF, null);
            return id;
        });
    }

    @AfterEach
    void joinItAgain() {
        tx.executeWithoutResult(status -> {
            regionRepository.deleteById(villages.value());
            regionRepository.flush();
            demoRegion().cover(List.of(CITY, VILLAGES));
        });
    }

    private Region demoRegion() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    /** An entry of the city only, and one of the villages only. */
    private record Pair(ServiceEntry city, ServiceEntry village, int total, int villageCount) {
    }

    private Pair entries() {
        return tx.execute(status -> {
            EntryScope city = new EntryScope(Set.of(CITY));
            EntryScope village = new EntryScope(Set.of(VILLAGES));
            List<ServiceEntry> all = services.findAll();
            ServiceEntry cityOnly = all.stream().filter(e -> access.inScope(city, e) && !access.inScope(village, e))
                    .findFirst().orElseThrow();
            ServiceEntry villageOnly = all.stream()
                    .filter(e -> access.inScope(village, e) && !access.inScope(city, e)).findFirst().orElseThrow();
            return new Pair(cityOnly, villageOnly, all.size(), access.inScope(village, all).size());
        });
    }

    @Test
    void regionStaffEditOnlyTheEntriesOfTheirRegionAndAdministratorsEditAll() throws Exception {
        Pair pair = entries();

        mvc.perform(get("/directory/entries/{id}/edit", pair.city().id().value()).with(as(villageStaff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/entries/{id}/edit", pair.village().id().value()).with(as(villageStaff)))
                .andExpect(status().isOk());
        mvc.perform(get("/directory/entries/{id}/edit", pair.city().id().value()).with(as(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void regionStaffExportOnlyTheEntriesOfTheirRegionAndAdministratorsTheWhole() throws Exception {
        Pair pair = entries();

        String regional = mvc.perform(get("/directory/export.csv").with(as(villageStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String whole = mvc.perform(get("/directory/export.csv").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        int regionalRows = rows(regional);
        assertThat(rows(whole)).isEqualTo(pair.total());
        assertThat(regionalRows).isEqualTo(pair.villageCount()).isLessThan(pair.total()).isPositive();
        assertThat(regional).contains(DirectoryExport.exportId(pair.village().externalId(),
                pair.village().id().value()));
        assertThat(regional).doesNotContain(DirectoryExport.exportId(pair.city().externalId(),
                pair.city().id().value()));
    }

    /** Entries in the CSV: every row is one entry (organisations and locations without entries aside). */
    private static int rows(String csv) {
        return (int) DirectoryCsv.read(new StringReader(csv.replace("\uFEFF", "")), ';').organisations().stream()
                .mapToLong(organisation -> organisation.entries().size()).sum();
    }

    @Test
    void aRowThatWouldChangeAnEntryOfAnotherRegionIsAnErrorOnItsLineAndTheFileChangesNothing() throws Exception {
        Pair pair = entries();
        List<OrganisationData> file = tx.execute(status -> {
            String id = DirectoryExport.exportId(pair.city().externalId(), pair.city().id().value());
            for (OrganisationData organisation : export.snapshot()) {
                for (EntryData entry : organisation.entries()) {
                    if (entry.id().equals(id)) {
                        EntryData changed = new EntryData(entry.id(), entry.details(), entry.locationIds(),
                                entry.assuredDate().minusDays(3), null);
                        return List.of(new OrganisationData(organisation.id(), organisation.details(),
                                organisation.locations(), List.of(changed), null));
                    }
                }
            }
            throw new AssertionError("entry not exported");
        });
        Path csv = Files.write(folder.resolve("change.csv"), DirectoryCsv.write(file));

        DirectoryImportJob job = imports.importFileAs(csv, villageStaff);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .contains(tuple(2L, "directory.import.error.outside-region"));
        java.time.LocalDate verified = tx.execute(status -> services.findById(pair.city().id().value())
                .orElseThrow().lastVerifiedOn());
        assertThat(verified).isEqualTo(pair.city().lastVerifiedOn());
        // the same file is fine for an administrator (checked only, not applied)
        List<ImportProblem> forAdmin = tx.execute(status -> importer.check(read(csv), EntryScope.WHOLE,
                ImportProgress.none()));
        assertThat(forAdmin).isEmpty();
    }

    @Test
    void aNewEntryMustLieInTheRegion() throws Exception {
        String tag = "scope" + UUID.randomUUID().toString().substring(0, 8);
        String header = "organisation_id;organisation_name;organisation_type;entry_id;name;category;neighbourhoods;public\n";
        Path outside = Files.writeString(folder.resolve("outside.csv"), header
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-1;Koffieochtend;ontmoeting;" + neighbourhoodIn(CITY) + ";ja\n",
                StandardCharsets.UTF_8);

        DirectoryImportJob refused = imports.importFileAs(outside, villageStaff);

        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2L, "directory.import.error.outside-region"));

        Path inside = Files.writeString(folder.resolve("inside.csv"), header
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-1;Koffieochtend;ontmoeting;"
                + neighbourhoodIn(VILLAGES) + ";ja\n", StandardCharsets.UTF_8);

        DirectoryImportJob accepted = imports.importFileAs(inside, villageStaff);

        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.status()).isEqualTo(ImportStatus.SUCCEEDED);
    }

    private String neighbourhoodIn(MunicipalityCode municipality) {
        return tx.execute(status -> services.findAll().stream().flatMap(e -> e.neighbourhoods().stream())
                .filter(code -> code.municipality().equals(municipality)).findFirst().orElseThrow().value());
    }

    private static List<OrganisationData> read(Path csv) {
        try {
            return DirectoryCsv.read(new StringReader(Files.readString(csv).replace("\uFEFF", "")), ';')
                    .organisations();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
