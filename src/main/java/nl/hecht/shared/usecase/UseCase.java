package nl.hecht.shared.usecase;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One use case of an {@link ApplicationService}: the {@link AccessPolicy} that decides who may run it and, for client
 * data, the purpose that every {@link UseCaseAudit} records for each call (NEN 7513: who read or changed what, and
 * why).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UseCase {

    /** The {@link AccessPolicy#name() name} of the policy, e.g. {@code COORDINATE_NETWORK}. */
    String policy();

    /**
     * Why client data is read or changed here (e.g. {@code CARE}); empty for a use case that touches no client data.
     * A use case with a purpose runs only when at least one {@link UseCaseAudit} exists, and every call (also a refused
     * one) is handed to each of them.
     */
    String auditPurpose() default "";
}
