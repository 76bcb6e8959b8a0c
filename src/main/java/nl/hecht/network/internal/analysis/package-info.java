/**
 * The network analysis (seed 004, R257, R258; key figures R210): per network a graph of formal and informal players
 * (member organisations from the directory's register, disciplines of members without an organisation, and informal
 * players added by hand) with three kinds of lines:
 * <ul>
 * <li><b>derived</b> lines, collected from every bean of the SPI {@link nl.hecht.network.CollaborationEvidence} at the
 * module root. This module brings {@code SharedMembershipEvidence} (organisations that also sit together in another
 * active network working in the same place, e.g. the elderly team around a member GP practice). Later modules add
 * their own implementation without this package knowing them: agreements (parties of an agreement), meetings
 * (co-attendance) and care (the number of shared cases, as a count only, never client data);</li>
 * <li><b>drawn</b> lines, recorded in joint sessions of the golden triangle (municipality, professionals, residents)
 * and kept with their session; the graph shows the latest word on each pair;</li>
 * <li><b>missing</b> lines: pairs of players whose categories one would expect to be connected
 * ({@link nl.hecht.network.internal.analysis.ExpectedLines}) with no derived or existing drawn line.</li>
 * </ul>
 * {@code AnalysisNodes} is the one place that gathers the candidate players; entries of the sociale kaart join there
 * when the directory exposes them (an informal player may already carry a {@code directoryEntryId}).
 */
package nl.hecht.network.internal.analysis;
