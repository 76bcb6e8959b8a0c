package nl.hecht.network.internal.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.hecht.network.RegionId;

public interface NetworkRepository extends JpaRepository<Network, UUID> {

    List<Network> findByRegionIdOrderByName(RegionId regionId);

    Optional<Network> findByRegionIdAndName(RegionId regionId, String name);

    long countByRegionId(RegionId regionId);

    @Query("select distinct m.network from Member m where m.accountId = :account")
    List<Network> findWithMemberAccount(UUID account);

    @Query("""
            select new nl.hecht.network.internal.network.NetworkRow(n.id, n.name, n.kind, n.theme, n.status,
                n.composition.sizeJustification, n.composition.socialDomainLinked, n.area.areaBasis)
            from Network n where n.regionId = :regionId
            """)
    List<NetworkRow> networkRows(RegionId regionId);

    /** Neighbourhood codes of the service areas of the region's networks: [networkId, code]. */
    /** Id, name, neighbourhood code and region of every network that is not ended: [networkId, name, code, regionId]. */
    @Query("select n.id, n.name, c, n.regionId from Network n join n.area.serviceArea c where n.status <> :ended")
    List<Object[]> serviceAreaRowsExcept(nl.hecht.network.NetworkStatus ended);

    @Query("select n.id, c from Network n join n.area.serviceArea c where n.regionId = :regionId")
    List<Object[]> serviceAreaRows(RegionId regionId);

    /**
     * Current members of the region's networks with their roles: [networkId, discipline, role or null]. Selected from
     * the networks, so that the database starts from the region's networks (H2 keeps this join order; starting from
     * the members it read every member of the country for each region).
     */
    @Query("""
            select n.id, m.disciplineCode, r from Network n join n.members m left join m.roles r
            where n.regionId = :regionId and m.validFrom <= :today and (m.validTo is null or m.validTo > :today)
            """)
    List<Object[]> currentMemberRows(RegionId regionId, java.time.LocalDate today);

    @Query("select n.id, f from Network n join n.composition.countedSocialFunctions f where n.regionId = :regionId")
    List<Object[]> socialFunctionRows(RegionId regionId);

    /** The social-domain functions the region's networks named of their own: [networkId, name]. */
    @Query("select n.id, f from Network n join n.composition.ownSocialFunctions f where n.regionId = :regionId")
    List<Object[]> ownSocialFunctionRows(RegionId regionId);

    /** Current members of the region's networks with a social-domain function of the network's own: [networkId, discipline, function]. */
    @Query("""
            select n.id, m.disciplineCode, m.socialFunction from Network n join n.members m
            where n.regionId = :regionId and m.socialFunction is not null
              and m.validFrom <= :today and (m.validTo is null or m.validTo > :today)
            """)
    List<Object[]> currentMemberFunctionRows(RegionId regionId, java.time.LocalDate today);

    @Query("select n.id, key(p), value(p) from Network n join n.composition.nonParticipation p where n.regionId = :regionId")
    List<Object[]> nonParticipationRows(RegionId regionId);

    @Query("select n.id, p from Network n join n.area.servedPractices p where n.regionId = :regionId")
    List<Object[]> servedPracticeRows(RegionId regionId);

    /** The thematic networks that record working with this (core) network (R157). */
    @Query("select distinct n from Network n join n.relations r where r.relatedNetworkId = :network order by n.name")
    List<Network> findWorkingWith(UUID network);
}
