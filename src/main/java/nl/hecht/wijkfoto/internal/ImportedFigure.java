package nl.hecht.wijkfoto.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.NeighbourhoodCode;

/** A figure of a municipality or insurer for one neighbourhood, imported by a network (R041). */
@Entity
@Table(name = "wijkfoto_figure")
public class ImportedFigure {

    @Id
    private UUID id;

    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "neighbourhood_code")
    private String neighbourhoodCode;

    private String indicator;

    @Column(name = "figure_value")
    private BigDecimal value;

    @Column(name = "figure_year")
    private int year;

    private String source;

    @Column(name = "imported_by")
    private UUID importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected ImportedFigure() {
    }

    static ImportedFigure of(NetworkId network, FiguresCsv.Figure figure, AccountId by, Instant at) {
        ImportedFigure imported = new ImportedFigure();
        imported.id = UUID.randomUUID();
        imported.networkId = network.value();
        imported.neighbourhoodCode = figure.neighbourhood().value();
        imported.indicator = figure.indicator();
        imported.value = figure.value();
        imported.year = figure.year();
        imported.source = figure.source();
        imported.importedBy = by.value();
        imported.importedAt = at;
        return imported;
    }

    /** Whether this is the same figure as the one read (the same neighbourhood, indicator, year and source). */
    boolean sameAs(FiguresCsv.Figure figure) {
        return neighbourhoodCode.equals(figure.neighbourhood().value()) && indicator.equalsIgnoreCase(figure.indicator())
                && year == figure.year() && source.equalsIgnoreCase(figure.source());
    }

    public NeighbourhoodCode neighbourhood() {
        return new NeighbourhoodCode(neighbourhoodCode);
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal value() {
        return value;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
