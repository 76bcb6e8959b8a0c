package nl.hecht.area.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AreaImportRunRepository extends JpaRepository<AreaImportRun, UUID> {

    List<AreaImportRun> findAllByOrderByStartedAtDesc(Limit limit);
}
