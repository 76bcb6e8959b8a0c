package nl.hecht.directory;

import java.util.Objects;
import java.util.regex.Pattern;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;
import nl.hecht.shared.PlainText;
import nl.hecht.shared.WebAddress;

/** An organisation's details, to register it or change it; checks itself. */
public record NewOrganisation(String name, OrganisationType type, String agbCode, String kvkNumber, Integer listSize,
        String description, String website, String email, String phone) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    /** The register's part: name, type, codes and list size, without contact details. */
    public NewOrganisation(String name, OrganisationType type, String agbCode, String kvkNumber, Integer listSize) {
        this(name, type, agbCode, kvkNumber, listSize, null, null, null, null);
    }

    public NewOrganisation {
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : PlainText.check(name.strip());
        PlainText.check(description);
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
        description = blankToNull(description);
        if (description != null && description.length() > 2000) {
            throw new DomainException("organisation.error.description");
        }
        website = blankToNull(website);
        if (website != null && (website.length() > 300 || !WebAddress.isValid(website))) {
            throw new DomainException("organisation.error.website");
        }
        email = blankToNull(email);
        if (email != null && (email.length() > 200 || !EmailAddress.isValid(email))) {
            throw new DomainException("organisation.error.email");
        }
        phone = blankToNull(phone);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new DomainException("organisation.error.phone");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
