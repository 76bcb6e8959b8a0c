package nl.hecht.network.internal.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.hecht.network.RegionId;

interface PracticeInventoryRepository extends JpaRepository<PracticeInventory, UUID> {

    Optional<PracticeInventory> findByRegionIdAndPracticeId(RegionId regionId, UUID practiceId);

    List<PracticeInventory> findByRegionId(RegionId regionId);
}
