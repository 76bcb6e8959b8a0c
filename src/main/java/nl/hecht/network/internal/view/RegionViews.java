package nl.hecht.network.internal.view;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Municipality;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.RegionId;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_REGION;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_REGION;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.network.internal.region.StaffAssignment;

/** Reads for the region pages of RESV staff (404 for a region not theirs) and the new-region form of admins (R043). */
@ApplicationService
@Transactional(readOnly = true)
public class RegionViews {

    private final NetworkRepository networks;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Disciplines disciplines;
    private final Areas areas;
    private final RegionRepository regionRepository;

    RegionViews(NetworkRepository networks, Accounts accounts, Organisations organisations,
            Disciplines disciplines, Areas areas, RegionRepository regionRepository) {
        this.regionRepository = regionRepository;
        this.networks = networks;
        this.accounts = accounts;
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.areas = areas;
    }

    /** A municipality to choose for a new region, with the name of the region that already covers it, if any. */
    public record MunicipalityChoice(String code, String name, String coveredBy) {
    }

    /** The imported CBS municipalities, by name, for the new region form (admins only). */
    @UseCase(policy = CREATE_REGION)
    public List<MunicipalityChoice> municipalityChoices(CurrentUser user) {
        List<Region> all = regionRepository.findAllByOrderByNameAsc();
        return areas.municipalities().stream()
                .map(m -> new MunicipalityChoice(m.code().value(), m.name(), all.stream()
                        .filter(region -> region.covers(m.code())).map(Region::name).findFirst().orElse(null)))
                .sorted(Comparator.comparing(MunicipalityChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @UseCase(policy = MANAGE_REGION)
    public RegionPage page(CurrentUser user, RegionId id) {
        Region region = regionRepository.findById(id.value()).orElseThrow(NotFoundException::new);
        Map<String, String> municipalityNames = areas.municipalities().stream()
                .collect(Collectors.toMap(m -> m.code().value(), Municipality::name, (a, b) -> a));
        List<Municipality> municipalities = region.municipalities().stream()
                .map(code -> new Municipality(code, municipalityNames.getOrDefault(code.value(), code.value())))
                .toList();
        Map<AccountId, AccountSummary> people = accounts.findAll(
                region.staff().stream().map(StaffAssignment::account).collect(Collectors.toSet()));
        List<RegionPage.StaffRow> staff = region.staff().stream()
                .map(assignment -> new RegionPage.StaffRow(assignment.accountId().toString(),
                        people.containsKey(assignment.account()) ? people.get(assignment.account()).displayName()
                                : assignment.accountId().toString(),
                        assignment.role(), assignment.municipalityCode(),
                        assignment.municipalityCode() == null ? null
                                : municipalityNames.getOrDefault(assignment.municipalityCode(),
                                        assignment.municipalityCode())))
                .sorted(Comparator.comparing(RegionPage.StaffRow::role)
                        .thenComparing(RegionPage.StaffRow::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Organisation> stakeholderOrganisations = Stream.concat(
                organisations.ofType(OrganisationType.HEALTH_INSURER).stream(),
                organisations.ofType(OrganisationType.MUNICIPALITY).stream()).filter(Objects::nonNull).toList();
        return new RegionPage(region.id(), region.name(), region.sizeAdvice(), municipalities, staff,
                region.stakeholders(), region.expectedDisciplines(), accounts.withRole(Role.RESV_STAFF),
                stakeholderOrganisations, disciplines.catalogue().expectable(), networks.countByRegionId(id));
    }
}
