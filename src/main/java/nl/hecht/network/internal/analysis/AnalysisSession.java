package nl.hecht.network.internal.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.DomainException;

/**
 * A joint network-analysis session (R257, R258) of the "golden triangle": who took part for the municipality, the
 * professionals and the residents (names or roles as free text, no client data), the lines drawn by hand, and the
 * notes on chances. The lines stay with the session; the analysis shows the latest word on each pair.
 */
@Entity
@Table(name = "network_analysis_session")
public class AnalysisSession {

    static final int MAX_LINES = 50;

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private NetworkId networkId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "municipality_side", length = 1000)
    private String municipalitySide;

    @Column(name = "professionals_side", length = 1000)
    private String professionalsSide;

    @Column(name = "residents_side", length = 1000)
    private String residentsSide;

    @Column(length = 4000)
    private String chances;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_analysis_line", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<DrawnLine> lines = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected AnalysisSession() {
    }

    public AnalysisSession(NetworkId network, SessionDetails details, List<DrawnLine> lines, AccountId recordedBy,
            Instant now) {
        if (details.heldOn() == null) {
            throw new DomainException("analysis.error.session-date");
        }
        if (lines.size() > MAX_LINES) {
            throw new DomainException("analysis.error.too-many-lines");
        }
        this.id = UUID.randomUUID();
        this.networkId = network;
        this.heldOn = details.heldOn();
        this.municipalitySide = details.municipality();
        this.professionalsSide = details.professionals();
        this.residentsSide = details.residents();
        this.chances = details.chances();
        this.lines.addAll(lines);
        this.recordedBy = recordedBy.value();
        this.recordedAt = now;
    }

    public UUID id() {
        return id;
    }

    public NetworkId network() {
        return networkId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String municipalitySide() {
        return municipalitySide;
    }

    public String professionalsSide() {
        return professionalsSide;
    }

    public String residentsSide() {
        return residentsSide;
    }

    public String chances() {
        return chances;
    }

    public List<DrawnLine> lines() {
        return List.copyOf(lines);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
