package nl.hecht.directory.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceId;
import nl.hecht.shared.DomainException;

/**
 * What import and export ({@code internal.exchange}) need beyond {@link SocialMapRegister} and the organisation
 * register: an organisation's external id, and keeping the "last verified" day a file brings (HSDS assured_date).
 * Runs inside the import's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ExchangeSupport {

    private final EntityManager entityManager;
    private final OrganisationRepository organisations;
    private final ServiceRepository services;

    ExchangeSupport(EntityManager entityManager, OrganisationRepository organisations, ServiceRepository services) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.services = services;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Organisation> organisationByExternalId(String externalId) {
        return entityManager.createQuery("select o from RegisteredOrganisation o where o.externalId = :id",
                RegisteredOrganisation.class).setParameter("id", externalId).getResultStream().findFirst()
                .map(RegisteredOrganisation::toView);
    }

    public void assignExternalId(OrganisationId id, String externalId) {
        organisations.findById(id.value()).orElseThrow(() -> new DomainException("organisation.error.unknown"))
                .assignExternalId(externalId);
    }

    /** Sets the entry's "last verified" day to the given one (which a change just set to today). */
    public void verifiedOn(ServiceId id, LocalDate day) {
        services.findById(id.value()).orElseThrow(() -> new DomainException("service.error.unknown")).verifiedOn(day);
    }
}
