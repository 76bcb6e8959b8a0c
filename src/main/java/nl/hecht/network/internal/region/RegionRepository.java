package nl.hecht.network.internal.region;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.hecht.identity.AccountId;

public interface RegionRepository extends JpaRepository<Region, UUID> {

    List<Region> findAllByOrderByNameAsc();

    Optional<Region> findByName(String name);

    @Query("select distinct r from Region r join r.staff s where s.accountId = :account order by r.name")
    List<Region> findStaffedBy(AccountId account);
}
