package nl.hecht.shared.usecase;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Service;

/**
 * A module's use-case boundary: every public method of the class is a use case and declares with {@link UseCase} the
 * policy that decides who may run it. {@link UseCaseCatalogue} refuses to start the application when one does not,
 * and {@link UseCaseInterceptor} enforces the policy on every call. Controllers call these methods; nothing else in
 * a module decides access.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
public @interface ApplicationService {

    @AliasFor(annotation = Service.class)
    String value() default "";
}
