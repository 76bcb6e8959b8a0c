package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Set;

import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Organisation;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.composition.CompositionResult;
import nl.hecht.network.internal.coverage.KeyFigureTotals;
import nl.hecht.network.internal.network.DocumentLink;

/**
 * Everything the network page shows, copied from the aggregates while the transaction is open (the page is rendered
 * after it): no entity reaches the template. {@code neighbouringNetworks} border the service area;
 * {@code overlappingNetworks} share neighbourhoods with it.
 */
public record NetworkOverview(NetworkCard network, String regionName, boolean canManage, boolean canCoordinate,
        List<Neighbourhood> neighbourhoods, KeyFigureTotals totals, List<Organisation> practices, long practicePopulation,
        List<NetworkSummary> neighbouringNetworks, CompositionResult composition, List<MemberView> members,
        List<MemberView> formerMembers, Set<String> severalDelegates, String driverName,
        List<DocumentLink> documentLinks, NetworkConnectionsView connections,
        List<NetworkSummary> overlappingNetworks) {
}
