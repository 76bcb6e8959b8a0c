package nl.hecht.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers people may log in with, as configured under
 * {@code spring.security.oauth2.client.registration.*}; none when nothing is configured.
 */
@Component
public class OidcProviders {

    /** A provider on the login page: its registration id (for the link) and the name shown. */
    public record Provider(String registrationId, String name) {
    }

    private final List<Provider> providers;

    OidcProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean configured() {
        return !providers.isEmpty();
    }
}
