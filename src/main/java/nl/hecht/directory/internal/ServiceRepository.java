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

    @Query("select s from ServiceEntry s where s.organisation.id in :organisations")
    List<ServiceEntry> findByOrganisations(Collection<UUID> organisations);

    /** Entries serving one of the neighbourhoods or with a location in one of them. */
    @Query("select distinct s from ServiceEntry s left join s.neighbourhoods n left join s.locations l "
            + "where n in :codes or l.neighbourhoodCode in :codes")
    List<ServiceEntry> findInArea(Collection<String> codes);

    @Query("select s from ServiceEntry s order by s.lastVerifiedOn, s.name")
    List<ServiceEntry> findOldestVerified(org.springframework.data.domain.Pageable page);

    long countByLastVerifiedOnBefore(LocalDate day);

    @Query("select s.id from ServiceEntry s where s.lastVerifiedOn < :before "
            + "and (s.remindedAt is null or s.remindedAt < :remindedBefore)")
    List<UUID> findDueForReminder(LocalDate before, java.time.Instant remindedBefore);

    /**
     * Marks the entry as reminded unless it was verified or reminded meanwhile; answers 1 to the one node (or
     * thread) that wins, 0 to all others.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update ServiceEntry s set s.remindedAt = :now where s.id = :id and s.lastVerifiedOn < :before "
            + "and (s.remindedAt is null or s.remindedAt < :remindedBefore)")
    int claimReminder(UUID id, LocalDate before, java.time.Instant remindedBefore, java.time.Instant now);
}
