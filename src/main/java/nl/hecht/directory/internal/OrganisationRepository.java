package nl.hecht.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.hecht.directory.OrganisationType;

public interface OrganisationRepository extends JpaRepository<RegisteredOrganisation, UUID> {

    List<RegisteredOrganisation> findAllByOrderByNameAsc();

    List<RegisteredOrganisation> findByTypeOrderByNameAsc(OrganisationType type);

    Optional<RegisteredOrganisation> findFirstByNameIgnoreCase(String name);

    @org.springframework.data.jpa.repository.Query("select o from RegisteredOrganisation o join o.staff s where s = :account order by o.name")
    List<RegisteredOrganisation> findWithStaff(java.util.UUID account);
}
