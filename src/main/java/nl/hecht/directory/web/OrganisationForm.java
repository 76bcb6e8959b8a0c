package nl.hecht.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationType;

/**
 * An organisation as typed: name, type, AGB code (8 digits, Vektis), KvK number (8 digits, Chamber of Commerce) and,
 * for a GP practice, its list size. The list size stays text so a wrong entry comes back as it was typed.
 */
record OrganisationForm(
        @NotBlank(message = "{organisation.error.name}") @Size(max = 200, message = "{organisation.error.name}") String name,
        @NotNull(message = "{organisation.error.type}") OrganisationType type,
        @Pattern(regexp = "\\s*(\\d{8})?\\s*", message = "{organisation.error.agb}") String agbCode,
        @Pattern(regexp = "\\s*(\\d{8})?\\s*", message = "{organisation.error.kvk}") String kvkNumber,
        @Pattern(regexp = "\\s*\\d{0,7}\\s*", message = "{organisation.error.list-size-number}") String listSize) {

    static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null);
    }

    static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.type(), organisation.agbCode(),
                organisation.kvkNumber(), organisation.listSize() == null ? null : organisation.listSize().toString());
    }

    /** Only a GP practice has a list size. */
    void check(Errors errors) {
        if (type != null && !type.hasListSize() && !errors.hasFieldErrors("listSize") && listSizeNumber() != null) {
            errors.rejectValue("listSize", "organisation.error.list-size");
        }
    }

    NewOrganisation toDetails() {
        return new NewOrganisation(name, type, agbCode, kvkNumber, listSizeNumber());
    }

    private Integer listSizeNumber() {
        return listSize == null || listSize.isBlank() ? null : Integer.valueOf(listSize.strip());
    }
}
