package nl.hecht.network.internal.region;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MunicipalityCode;

/** Creates and changes regions. Callers check who may do so ({@code NetworkAccess}). */
@Service
@Transactional
public class RegionManagement implements Regions {

    private final RegionRepository regions;
    private final Disciplines disciplines;
    private final Clock clock;

    RegionManagement(RegionRepository regions, Disciplines disciplines, Clock clock) {
        this.regions = regions;
        this.disciplines = disciplines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegionSummary> find(RegionId id) {
        return regions.findById(id.value()).map(Region::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionSummary> all() {
        return regions.findAllByOrderByNameAsc().stream().map(Region::toSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionSummary> staffedBy(AccountId account) {
        return regions.findStaffedBy(account).stream().map(Region::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Region> region(RegionId id) {
        return regions.findById(id.value());
    }

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return regions.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Region> regionsStaffedBy(AccountId account) {
        return regions.findStaffedBy(account);
    }

    public RegionId create(String name, Collection<MunicipalityCode> municipalities) {
        return create(name, municipalities, SizeAdvice.DEFAULT);
    }

    /**
     * Creates a region. Its name is unique and a municipality belongs to one region at most: the first one already
     * covered by another region is refused with its code and that region's name.
     */
    public RegionId create(String name, Collection<MunicipalityCode> municipalities, SizeAdvice sizeAdvice) {
        if (regions.findByName(name == null ? "" : name.strip()).isPresent()) {
            throw new DomainException("region.error.name-taken");
        }
        for (Region other : regions.findAllByOrderByNameAsc()) {
            for (MunicipalityCode code : municipalities) {
                if (other.covers(code)) {
                    throw new DomainException("region.error.municipality-taken", code.value(), other.name());
                }
            }
        }
        return regions.save(new Region(name, municipalities, sizeAdvice, clock.instant())).id();
    }

    public void adviseSize(RegionId id, SizeAdvice advice) {
        load(id).adviseSize(advice);
    }

    public void assign(RegionId id, AccountId account, StaffRole role, MunicipalityCode municipality) {
        load(id).assign(account, role, municipality);
    }

    public void unassign(RegionId id, AccountId account) {
        load(id).unassign(account);
    }

    public void unassign(RegionId id, StaffAssignment assignment) {
        load(id).unassign(assignment);
    }

    public void addStakeholder(RegionId id, Stakeholder stakeholder) {
        load(id).addStakeholder(stakeholder);
    }

    public void removeStakeholder(RegionId id, int index) {
        load(id).removeStakeholder(index);
    }

    public void expectDisciplines(RegionId id, Collection<String> disciplineCodes) {
        if (!disciplineCodes.stream().allMatch(disciplines.catalogue()::isExpectable)) {
            throw new DomainException("member.error.discipline");
        }
        load(id).expectDisciplines(disciplineCodes);
    }

    private Region load(RegionId id) {
        return regions.findById(id.value()).orElseThrow(() -> new DomainException("region.error.unknown"));
    }
}
