package nl.hecht.directory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<HistoryRecord, UUID> {

    List<HistoryRecord> findByServiceIdOrderBySequenceNoDesc(UUID serviceId);

    long countByServiceId(UUID serviceId);
}
