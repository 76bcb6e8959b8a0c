package nl.hecht.network.internal.discipline;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.hecht.network.CoreSeat;

/** A discipline or role from the managed list (seeded by migration V20; Appendix A of the requirements). */
@Entity
@Table(name = "network_discipline")
public class Discipline {

    /** The category of the region's stakeholders (insurer, municipality, national government): never expected. */
    public static final String STAKEHOLDER = "STAKEHOLDER";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "core_seat")
    private CoreSeat coreSeat;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected Discipline() {
    }

    public Discipline(String code, String nameNl, String nameEn, String category, CoreSeat coreSeat, int sortOrder) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.category = category;
        this.coreSeat = coreSeat;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public String nameNl() {
        return nameNl;
    }

    public String category() {
        return category;
    }

    /** The core seat this discipline can fill, or null. */
    public CoreSeat coreSeat() {
        return coreSeat;
    }

    /**
     * Whether a region may expect this discipline in its networks: not a party the RESV coordinates with (insurer,
     * municipality, national government: category {@value #STAKEHOLDER}), and still on the list.
     */
    public boolean isExpectable() {
        return active && !STAKEHOLDER.equals(category);
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
