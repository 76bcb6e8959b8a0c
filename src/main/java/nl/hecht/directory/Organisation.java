package nl.hecht.directory;

/**
 * An organisation as other modules see it.
 *
 * @param agbCode the Vektis AGB code of a care provider (8 digits), or null
 * @param kvkNumber the Chamber of Commerce number (8 digits), or null
 * @param listSize the number of patients on the list of a GP practice, or null
 */
public record Organisation(OrganisationId id, String name, OrganisationType type, String agbCode, String kvkNumber,
        Integer listSize, String externalId, String description, String website, String email, String phone) {

    /** The details, to change them. */
    public NewOrganisation details() {
        return new NewOrganisation(name, type, agbCode, kvkNumber, listSize, description, website, email, phone);
    }
}
