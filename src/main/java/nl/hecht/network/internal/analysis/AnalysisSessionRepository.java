package nl.hecht.network.internal.analysis;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.hecht.network.NetworkId;

interface AnalysisSessionRepository extends JpaRepository<AnalysisSession, UUID> {

    /** The network's sessions, oldest first (so a later session's word on a pair wins). */
    List<AnalysisSession> findByNetworkIdOrderByHeldOnAscRecordedAtAsc(NetworkId networkId);
}
