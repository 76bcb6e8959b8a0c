package nl.hecht.wijkfoto.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.network.Networks;
import nl.hecht.shared.NotFoundException;

/**
 * What a network records in its wijkfoto: target groups, notes and imported figures. The screens reach it through
 * {@link Wijkfotos} (which checks who may); the demo data calls it directly, with the same rules.
 */
@Service
@Transactional
public class WijkfotoRecords {

    private final TargetGroupRepository targetGroups;
    private final NoteRepository notes;
    private final ImportedFigureRepository figures;
    private final Networks networks;
    private final Clock clock;

    WijkfotoRecords(TargetGroupRepository targetGroups, NoteRepository notes, ImportedFigureRepository figures,
            Networks networks, Clock clock) {
        this.targetGroups = targetGroups;
        this.notes = notes;
        this.figures = figures;
        this.networks = networks;
        this.clock = clock;
    }

    public UUID chooseTargetGroup(NetworkId network, String name, String reason, AccountId by, String byName) {
        TargetGroup group = TargetGroup.choose(network, targetGroups.findByNetworkId(network.value()), name, reason,
                by, byName, clock.instant());
        return targetGroups.save(group).id();
    }

    public void dropTargetGroup(NetworkId network, UUID id) {
        TargetGroup group = targetGroups.findById(id).filter(found -> found.network().equals(network))
                .orElseThrow(NotFoundException::new);
        targetGroups.delete(group);
    }

    public UUID writeNote(NetworkId network, String text, AccountId by, String byName) {
        return notes.save(Note.write(network, text, by, byName, clock.instant())).id();
    }

    public void removeNote(NetworkId network, UUID id) {
        Note note = notes.findById(id).filter(found -> found.network().equals(network))
                .orElseThrow(NotFoundException::new);
        notes.delete(note);
    }

    /**
     * Imports the figures of the file for the network's neighbourhoods: all of them, replacing the same figures
     * (neighbourhood, indicator, year and source) imported before, or none when a line is bad.
     */
    public FiguresCsv.Result importFigures(NetworkId network, String content, AccountId by) {
        FiguresCsv.Result result = FiguresCsv.parse(content, networks.serviceArea(network));
        if (!result.ok()) {
            return result;
        }
        List<ImportedFigure> earlier = figures.findByNetworkId(network.value());
        List<ImportedFigure> replaced = earlier.stream()
                .filter(old -> result.figures().stream().anyMatch(old::sameAs)).toList();
        figures.deleteAll(replaced);
        figures.flush();
        figures.saveAll(result.figures().stream()
                .map(figure -> ImportedFigure.of(network, figure, by, clock.instant())).toList());
        return result;
    }

    @Transactional(readOnly = true)
    public List<TargetGroup> targetGroups(NetworkId network) {
        return targetGroups.findByNetworkId(network.value()).stream()
                .sorted(Comparator.comparing(TargetGroup::chosenAt).thenComparing(TargetGroup::name)).toList();
    }

    @Transactional(readOnly = true)
    public List<Note> notes(NetworkId network) {
        return notes.findByNetworkId(network.value()).stream()
                .sorted(Comparator.comparing(Note::writtenAt).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<ImportedFigure> figures(NetworkId network) {
        return figures.findByNetworkId(network.value()).stream()
                .sorted(Comparator.comparing(ImportedFigure::indicator).thenComparing(ImportedFigure::neighbourhood)
                        .thenComparing(ImportedFigure::year).thenComparing(ImportedFigure::source))
                .toList();
    }

    /** Removes everything the network recorded (tests clean up with it). */
    public void forget(NetworkId network) {
        targetGroups.deleteAll(targetGroups.findByNetworkId(network.value()));
        notes.deleteAll(notes.findByNetworkId(network.value()));
        figures.deleteAll(figures.findByNetworkId(network.value()));
    }
}
