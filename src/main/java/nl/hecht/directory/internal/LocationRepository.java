package nl.hecht.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocationRepository extends JpaRepository<LocationEntity, UUID> {

    Optional<LocationEntity> findByExternalId(String externalId);

    @Query("select l from LocationEntity l where l.organisationId = :organisation order by l.name")
    List<LocationEntity> findByOrganisation(UUID organisation);
}
