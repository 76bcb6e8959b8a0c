package nl.hecht.directory.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import nl.hecht.directory.Location;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.OrganisationId;
import nl.hecht.shared.NeighbourhoodCode;

/** An address of an organisation where services are given (HSDS location with its physical address). */
@Entity
@Table(name = "directory_location")
@GeoPointBinding(fieldName = "point", projectable = Projectable.YES, sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
public class LocationEntity {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "external_id")
    private String externalId;

    private String name;

    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "neighbourhood_code")
    private String neighbourhoodCode;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    @Column(name = "wheelchair_accessible")
    private boolean wheelchairAccessible;

    private String accessibility;

    @Version
    private Long version;

    protected LocationEntity() {
    }

    public LocationEntity(UUID id, OrganisationId organisation, String externalId, LocationDetails details) {
        this.id = id;
        this.organisationId = organisation.value();
        this.externalId = externalId;
        change(details);
    }

    public void change(LocationDetails details) {
        this.name = details.name();
        this.address = details.address();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.neighbourhoodCode = details.neighbourhood() == null ? null : details.neighbourhood().value();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.wheelchairAccessible = details.wheelchairAccessible();
        this.accessibility = details.accessibility();
    }

    public LocationId id() {
        return new LocationId(id);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public String externalId() {
        return externalId;
    }

    public void assignExternalId(String value) {
        this.externalId = value;
    }

    public Long version() {
        return version;
    }

    public String neighbourhoodCode() {
        return neighbourhoodCode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    /** One line for lists: "Dorpsstraat 1, 9901 AB Voorbeeldstad". */
    @KeywordField(name = "line", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "address")),
            @ObjectPath(@PropertyValue(propertyName = "postalCode")), @ObjectPath(@PropertyValue(propertyName = "city")),
            @ObjectPath(@PropertyValue(propertyName = "name")) })
    public String getOneLine() {
        StringBuilder line = new StringBuilder(address == null ? name : address);
        if (postalCode != null || city != null) {
            line.append(", ").append(postalCode == null ? "" : postalCode + " ").append(city == null ? "" : city);
        }
        return line.toString().strip();
    }

    public LocationDetails details() {
        return new LocationDetails(name, address, postalCode, city,
                neighbourhoodCode == null ? null : new NeighbourhoodCode(neighbourhoodCode), latitude, longitude,
                wheelchairAccessible, accessibility);
    }

    public Location toView() {
        LocationDetails details = details();
        return new Location(id(), organisation(), externalId, details.name(), details.address(), details.postalCode(),
                details.city(), details.neighbourhood(), latitude, longitude, wheelchairAccessible, accessibility);
    }
}
