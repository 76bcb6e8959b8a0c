package nl.hecht.area.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.shared.usecase.AccessPolicy;

/** Who may run the use cases of the area module: its administration is for administrators. */
@Configuration(proxyBeanMethods = false)
class AreaPolicies {

    /** Administrators: what areas there are, and the imports of CBS key figures and maps. */
    static final String ADMINISTER_AREAS = "ADMINISTER_AREAS";

    @Bean
    AccessPolicy administerAreasPolicy() {
        return AccessPolicy.anyRole(ADMINISTER_AREAS, "ADMIN");
    }
}
