package nl.hecht.area.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of key figures: one area in one year. */
@Embeddable
public class AreaKeyFiguresId implements Serializable {

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "figures_year", nullable = false)
    private int year;

    protected AreaKeyFiguresId() {
    }

    AreaKeyFiguresId(String areaCode, int year) {
        this.areaCode = Objects.requireNonNull(areaCode);
        this.year = year;
    }

    public String areaCode() {
        return areaCode;
    }

    public int year() {
        return year;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AreaKeyFiguresId id && id.year == year && id.areaCode.equals(areaCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaCode, year);
    }
}
