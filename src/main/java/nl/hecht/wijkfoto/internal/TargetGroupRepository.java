package nl.hecht.wijkfoto.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetGroupRepository extends JpaRepository<TargetGroup, UUID> {

    List<TargetGroup> findByNetworkId(UUID network);
}
