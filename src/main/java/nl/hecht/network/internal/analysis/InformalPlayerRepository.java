package nl.hecht.network.internal.analysis;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.hecht.network.NetworkId;

interface InformalPlayerRepository extends JpaRepository<InformalPlayer, UUID> {

    List<InformalPlayer> findByNetworkIdOrderByName(NetworkId networkId);
}
