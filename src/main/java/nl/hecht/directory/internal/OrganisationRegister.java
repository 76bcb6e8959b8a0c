package nl.hecht.directory.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.shared.DomainException;

@Service
@Transactional
class OrganisationRegister implements Organisations {

    private final OrganisationRepository repository;
    private final Clock clock;

    OrganisationRegister(OrganisationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> find(OrganisationId id) {
        return repository.findById(id.value()).map(RegisteredOrganisation::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<OrganisationId, Organisation> findAll(Collection<OrganisationId> ids) {
        return repository.findAllById(ids.stream().map(OrganisationId::value).distinct().toList()).stream()
                .map(RegisteredOrganisation::toView)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return repository.findAllByOrderByNameAsc().stream().map(RegisteredOrganisation::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> ofType(OrganisationType type) {
        return repository.findByTypeOrderByNameAsc(type).stream().map(RegisteredOrganisation::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> findByName(String name) {
        return repository.findFirstByNameIgnoreCase(name.strip()).map(RegisteredOrganisation::toView);
    }

    @Override
    public OrganisationId register(NewOrganisation organisation) {
        requireFreeName(organisation.name(), null);
        return repository.save(new RegisteredOrganisation(organisation, clock.instant())).id();
    }

    @Override
    public void change(OrganisationId id, NewOrganisation details) {
        RegisteredOrganisation organisation = repository.findById(id.value())
                .orElseThrow(() -> new DomainException("organisation.error.unknown"));
        requireFreeName(details.name(), id);
        organisation.change(details);
    }

    private void requireFreeName(String name, OrganisationId self) {
        repository.findFirstByNameIgnoreCase(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new DomainException("organisation.error.name-taken");
        });
    }

    @Override
    public void changeListSize(OrganisationId id, int listSize) {
        repository.findById(id.value()).orElseThrow(() -> new DomainException("organisation.error.unknown"))
                .changeListSize(listSize);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> staffedBy(nl.hecht.identity.AccountId account) {
        return repository.findWithStaff(account.value()).stream().map(RegisteredOrganisation::toView).toList();
    }
}
