package nl.hecht.directory.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.hecht.directory.EntryKind;

public interface ServiceRepository extends JpaRepository<ServiceEntry, UUID> {

    Optional<ServiceEntry> findByExternalId(String externalId);

    @Query("select s from ServiceEntry s where s.organisation.id = :organisation order by s.name")
    List<ServiceEntry> findByOrganisation(UUID organisation);

    @Query("select distinct s from ServiceEntry s join s.neighbourhoods n where s.kind = :kind and n in :codes order by s.name")
    List<ServiceEntry> findByKindServing(EntryKind kind, Collection<String> codes);

    @Query("select s from ServiceEntry s where s.lastVerifiedOn < :before order by s.lastVerifiedOn")
    List<ServiceEntry> findVerifiedBefore(LocalDate before);
}
