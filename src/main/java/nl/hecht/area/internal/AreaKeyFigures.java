package nl.hecht.area.internal;

import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.hecht.area.KeyFigures;
import nl.hecht.area.internal.CbsColumns.Figure;

/** The CBS key figures of one area in one year, replaced as a whole by a re-import. */
@Entity
@Table(name = "area_key_figures")
public class AreaKeyFigures {

    @EmbeddedId
    private AreaKeyFiguresId id;

    private Integer inhabitants;

    @Column(name = "age_0_14")
    private Integer age0to14;

    @Column(name = "age_15_24")
    private Integer age15to24;

    @Column(name = "age_25_44")
    private Integer age25to44;

    @Column(name = "age_45_64")
    private Integer age45to64;

    @Column(name = "age_65_plus")
    private Integer age65plus;

    private Integer households;

    @Column(name = "one_person_households")
    private Integer onePersonHouseholds;

    @Column(name = "average_income_per_inhabitant")
    private Double averageIncomePerInhabitant;

    @Column(name = "wmo_clients")
    private Integer wmoClients;

    @Column(name = "distance_to_gp_km")
    private Double distanceToGpKm;

    @Column(name = "area_hectares")
    private Integer areaHectares;

    protected AreaKeyFigures() {
    }

    AreaKeyFigures(String areaCode, KeyFigures figures) {
        this.id = new AreaKeyFiguresId(areaCode, figures.year());
        apply(figures);
    }

    /**
     * Takes the figures of a new import of the same year: the figures the file holds replace the stored ones (an
     * unknown figure replaces a known one: CBS withdrew it); figures the file has no column for stay as they are.
     * Tells whether anything changed.
     */
    boolean update(KeyFigures read, Set<Figure> inFile) {
        if (read.year() != id.year()) {
            throw new IllegalArgumentException("figures of another year");
        }
        KeyFigures stored = toKeyFigures();
        KeyFigures merged = new KeyFigures(id.year(),
                pick(inFile, Figure.INHABITANTS, read.inhabitants(), stored.inhabitants()),
                pick(inFile, Figure.AGE_0_14, read.age0to14(), stored.age0to14()),
                pick(inFile, Figure.AGE_15_24, read.age15to24(), stored.age15to24()),
                pick(inFile, Figure.AGE_25_44, read.age25to44(), stored.age25to44()),
                pick(inFile, Figure.AGE_45_64, read.age45to64(), stored.age45to64()),
                pick(inFile, Figure.AGE_65_PLUS, read.age65plus(), stored.age65plus()),
                pick(inFile, Figure.HOUSEHOLDS, read.households(), stored.households()),
                pick(inFile, Figure.ONE_PERSON_HOUSEHOLDS, read.onePersonHouseholds(), stored.onePersonHouseholds()),
                pick(inFile, Figure.AVERAGE_INCOME_PER_INHABITANT, read.averageIncomePerInhabitant(),
                        stored.averageIncomePerInhabitant()),
                pick(inFile, Figure.WMO_CLIENTS, read.wmoClients(), stored.wmoClients()),
                pick(inFile, Figure.DISTANCE_TO_GP, read.distanceToGpKm(), stored.distanceToGpKm()),
                pick(inFile, Figure.AREA_HECTARES, read.areaHectares(), stored.areaHectares()));
        if (Objects.equals(stored, merged)) {
            return false;
        }
        apply(merged);
        return true;
    }

    private static <T> T pick(Set<Figure> inFile, Figure figure, T read, T stored) {
        return inFile.contains(figure) ? read : stored;
    }

    private void apply(KeyFigures figures) {
        this.inhabitants = figures.inhabitants();
        this.age0to14 = figures.age0to14();
        this.age15to24 = figures.age15to24();
        this.age25to44 = figures.age25to44();
        this.age45to64 = figures.age45to64();
        this.age65plus = figures.age65plus();
        this.households = figures.households();
        this.onePersonHouseholds = figures.onePersonHouseholds();
        this.averageIncomePerInhabitant = figures.averageIncomePerInhabitant();
        this.wmoClients = figures.wmoClients();
        this.distanceToGpKm = figures.distanceToGpKm();
        this.areaHectares = figures.areaHectares();
    }

    public String areaCode() {
        return id.areaCode();
    }

    public int year() {
        return id.year();
    }

    public KeyFigures toKeyFigures() {
        return new KeyFigures(id.year(), inhabitants, age0to14, age15to24, age25to44, age45to64, age65plus,
                households, onePersonHouseholds, averageIncomePerInhabitant, wmoClients, distanceToGpKm,
                areaHectares);
    }
}
