package nl.hecht.directory;

import java.util.Objects;
import java.util.regex.Pattern;

import nl.hecht.shared.DomainException;

/** An organisation's details, to register it or change it; checks itself. */
public record NewOrganisation(String name, OrganisationType type, String agbCode, String kvkNumber, Integer listSize) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    public NewOrganisation {
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("organisation.error.name");
        }
        agbCode = blankToNull(agbCode);
        kvkNumber = blankToNull(kvkNumber);
        if (agbCode != null && !EIGHT_DIGITS.matcher(agbCode).matches()) {
            throw new DomainException("organisation.error.agb");
        }
        if (kvkNumber != null && !EIGHT_DIGITS.matcher(kvkNumber).matches()) {
            throw new DomainException("organisation.error.kvk");
        }
        if (listSize != null && (!type.hasListSize() || listSize < 0)) {
            throw new DomainException("organisation.error.list-size");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
