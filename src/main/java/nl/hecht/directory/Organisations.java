package nl.hecht.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisation register. */
public interface Organisations {

    Optional<Organisation> find(OrganisationId id);

    /** The given organisations by id; unknown ids are absent. */
    Map<OrganisationId, Organisation> findAll(Collection<OrganisationId> ids);

    /** All organisations, ordered by name. */
    List<Organisation> all();

    /** Organisations of one type, ordered by name. */
    List<Organisation> ofType(OrganisationType type);

    Optional<Organisation> findByName(String name);

    /** Registers an organisation; refuses a name another organisation already has. */
    OrganisationId register(NewOrganisation organisation);

    /** Changes an organisation's name, type, AGB code, KvK number and list size; refuses a name another one has. */
    void change(OrganisationId id, NewOrganisation details);

    /** Records a GP practice's current list size. */
    void changeListSize(OrganisationId id, int listSize);

    /**
     * The organisations whose staff the account is (the accounts that keep an organisation's entries, R090), ordered
     * by name: how an account is linked to an organisation, e.g. the practice manager of a GP practice (R177).
     */
    List<Organisation> staffedBy(nl.hecht.identity.AccountId account);
}
