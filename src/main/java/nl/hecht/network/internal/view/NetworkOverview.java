package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Set;

import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Organisation;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.composition.CompositionResult;
import nl.hecht.network.internal.coverage.KeyFigureTotals;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.region.Region;

/**
 * Everything the network page shows. What the page reads of the network's lazily loaded collections is copied here
 * while the transaction is open (the page is rendered after it).
 */
public record NetworkOverview(Network network, Region region, boolean canManage, boolean canCoordinate,
        List<Neighbourhood> neighbourhoods, KeyFigureTotals totals, List<Organisation> practices, long practicePopulation,
        List<NetworkSummary> neighbouringNetworks, CompositionResult composition, List<MemberView> members,
        List<MemberView> formerMembers, Set<String> severalDelegates, String driverName,
        List<DocumentLink> documentLinks) {
}
