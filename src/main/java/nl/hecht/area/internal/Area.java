package nl.hecht.area.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A CBS area at one of the three levels. The code decides the level and the parents (a neighbourhood's first six
 * digits are its district, the first four its municipality), so they cannot change. The name can: CBS renames areas,
 * and an area first seen as the parent of another (from a file that does not name it) is known by its code until a
 * file names it.
 */
@Entity
@Table(name = "area")
public class Area {

    /** The longest name kept; a longer one is shortened, and the import says so in a warning. */
    static final int MAX_NAME_LENGTH = 200;

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_level", nullable = false)
    private AreaLevel level;

    @Column(nullable = false)
    private String name;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Area() {
    }

    /** A new area; without a name it is known by its code. */
    Area(String code, String name, Instant now) {
        this.level = AreaLevel.ofCode(code)
                .orElseThrow(() -> new IllegalArgumentException("not a CBS area code: " + code));
        this.code = code;
        this.name = hasText(name) ? clean(name) : code;
        this.municipalityCode = level == AreaLevel.MUNICIPALITY ? null : AreaLevel.municipalityOf(code);
        this.districtCode = level == AreaLevel.NEIGHBOURHOOD ? AreaLevel.districtOf(code) : null;
        this.updatedAt = now;
    }

    /** Takes the name a file gives this area; blank names are ignored. Tells whether anything changed. */
    boolean rename(String newName, Instant now) {
        if (!hasText(newName) || clean(newName).equals(name)) {
            return false;
        }
        this.name = clean(newName);
        this.updatedAt = now;
        return true;
    }

    /**
     * Takes a name from a file that names this area only in passing (a neighbourhood row that carries its
     * municipality's name): only when the area is still known by its code alone.
     */
    boolean learnName(String newName, Instant now) {
        return !nameKnown() && rename(newName, now);
    }

    boolean nameKnown() {
        return !Objects.equals(name, code);
    }

    public String code() {
        return code;
    }

    public AreaLevel level() {
        return level;
    }

    public String name() {
        return name;
    }

    /** The municipality this area lies in; null for a municipality. */
    public String municipalityCode() {
        return municipalityCode;
    }

    /** The district a neighbourhood lies in; null for districts and municipalities. */
    public String districtCode() {
        return districtCode;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String clean(String value) {
        String stripped = value.strip();
        return stripped.length() > MAX_NAME_LENGTH ? stripped.substring(0, MAX_NAME_LENGTH) : stripped;
    }
}
