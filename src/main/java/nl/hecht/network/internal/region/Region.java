package nl.hecht.network.internal.region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.identity.AccountId;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MunicipalityCode;

/**
 * A region (RESV): the municipalities it covers, its staff, its stakeholders, the size advice for its core networks
 * and the disciplines it expects in them beyond the core composition.
 */
@Entity
@Table(name = "network_region")
public class Region {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private SizeAdvice sizeAdvice;

    @ElementCollection
    @CollectionTable(name = "network_region_municipality", joinColumns = @JoinColumn(name = "region_id"))
    @Column(name = "municipality_code", length = 6)
    private Set<String> municipalities = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "network_region_staff", joinColumns = @JoinColumn(name = "region_id"))
    private Set<StaffAssignment> staff = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_region_stakeholder", joinColumns = @JoinColumn(name = "region_id"))
    @OrderColumn(name = "position")
    private List<Stakeholder> stakeholders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "network_region_expected_discipline", joinColumns = @JoinColumn(name = "region_id"))
    @Column(name = "discipline_code", length = 40)
    private Set<String> expectedDisciplines = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Region() {
    }

    public Region(String name, Collection<MunicipalityCode> municipalities, Instant now) {
        this(name, municipalities, SizeAdvice.DEFAULT, now);
    }

    /** A new region: it has a name, covers at least one municipality and advises a size for its core networks. */
    public Region(String name, Collection<MunicipalityCode> municipalities, SizeAdvice sizeAdvice, Instant now) {
        if (municipalities == null || municipalities.isEmpty()) {
            throw new DomainException("region.error.municipalities");
        }
        this.id = UUID.randomUUID();
        this.name = requireName(name);
        this.sizeAdvice = sizeAdvice == null ? SizeAdvice.DEFAULT : sizeAdvice;
        this.createdAt = now;
        municipalities.forEach(code -> this.municipalities.add(code.value()));
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void cover(Collection<MunicipalityCode> codes) {
        municipalities.clear();
        codes.forEach(code -> municipalities.add(code.value()));
    }

    public void adviseSize(SizeAdvice advice) {
        this.sizeAdvice = advice;
    }

    public void assign(AccountId account, StaffRole role, MunicipalityCode municipality) {
        if (municipality != null && !municipalities.contains(municipality.value())) {
            throw new DomainException("region.error.municipality-not-covered");
        }
        if (role == StaffRole.PROJECT_LEAD) {
            staff.removeIf(assignment -> assignment.role() == StaffRole.PROJECT_LEAD);
        }
        staff.add(StaffAssignment.of(account, role, municipality));
    }

    public void unassign(AccountId account) {
        staff.removeIf(assignment -> assignment.accountId().equals(account));
    }

    /** Ends one assignment (an account may hold several: staff, area manager of a municipality, project lead). */
    public void unassign(StaffAssignment assignment) {
        if (!staff.remove(assignment)) {
            throw new DomainException("region.error.staff-unknown");
        }
    }

    /** The assignments of one account. */
    public List<StaffAssignment> assignmentsOf(AccountId account) {
        return staff.stream().filter(assignment -> assignment.accountId().equals(account)).toList();
    }

    public void addStakeholder(Stakeholder stakeholder) {
        stakeholders.add(stakeholder);
    }

    public void removeStakeholder(int index) {
        if (index < 0 || index >= stakeholders.size()) {
            throw new DomainException("region.error.stakeholder");
        }
        stakeholders.remove(index);
    }

    public void expectDisciplines(Collection<String> disciplineCodes) {
        expectedDisciplines.clear();
        expectedDisciplines.addAll(disciplineCodes);
    }

    public boolean isStaffed(AccountId account) {
        return staff.stream().anyMatch(assignment -> assignment.accountId().equals(account));
    }

    public boolean covers(MunicipalityCode municipality) {
        return municipalities.contains(municipality.value());
    }

    public RegionId id() {
        return new RegionId(id);
    }

    public String name() {
        return name;
    }

    public SizeAdvice sizeAdvice() {
        return sizeAdvice;
    }

    public Set<MunicipalityCode> municipalities() {
        Set<MunicipalityCode> codes = new TreeSet<>();
        municipalities.forEach(code -> codes.add(new MunicipalityCode(code)));
        return codes;
    }

    public List<StaffAssignment> staff() {
        return staff.stream().sorted(Comparator.comparing(StaffAssignment::role)).toList();
    }

    public List<Stakeholder> stakeholders() {
        return List.copyOf(stakeholders);
    }

    public Set<String> expectedDisciplines() {
        return Set.copyOf(expectedDisciplines);
    }

    public RegionSummary toSummary() {
        return new RegionSummary(id(), name, municipalities());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new DomainException("region.error.name");
        }
        return name.strip();
    }
}
