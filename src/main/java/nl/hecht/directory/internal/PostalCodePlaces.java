package nl.hecht.directory.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.GeoPoint;

/**
 * Where a Dutch postal code lies, as far as the sociale kaart knows: the mean point of the directory's locations with
 * that postal code ("9901 AA") or, for four digits only ("9901"), with that postal-code area. Hecht holds no national
 * postal-code table; a postal code where no entry has a location is not found.
 */
@Component
public class PostalCodePlaces {

    private static final Pattern POSTAL_CODE = Pattern.compile("([1-9][0-9]{3})\\s*([A-Za-z]{2})?");

    private final EntityManager entityManager;

    PostalCodePlaces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether the text looks like a postal code (four digits, optionally two letters). */
    public static boolean looksLikePostalCode(String text) {
        return text != null && POSTAL_CODE.matcher(text.strip()).matches();
    }

    @Transactional(readOnly = true)
    public Optional<GeoPoint> centreOf(String postalCode) {
        if (postalCode == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTAL_CODE.matcher(postalCode.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String pattern = matcher.group(2) == null ? matcher.group(1) + " %"
                : matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
        Object[] row = (Object[]) entityManager.createQuery("select avg(l.latitude), avg(l.longitude) from LocationEntity l "
                + "where l.postalCode like :pattern and l.latitude is not null and l.longitude is not null")
                .setParameter("pattern", pattern)
                .getSingleResult();
        if (row[0] == null || row[1] == null) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }
}
