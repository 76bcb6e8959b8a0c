package nl.hecht.shared.usecase;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether a call of a {@link UseCase} may run. A module declares its policies as beans (usually one
 * {@code @Configuration} per module listing them) and names them in {@link UseCase#policy()}; the names are unique
 * across the application.
 */
public interface AccessPolicy {

    String name();

    Verdict decide(UseCaseCall call);

    static AccessPolicy of(String name, Function<UseCaseCall, Verdict> decision) {
        return new AccessPolicy() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public Verdict decide(UseCaseCall call) {
                return decision.apply(call);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Granted to whoever holds one of the roles (Spring Security's {@code ROLE_} authorities), else denied. */
    static AccessPolicy anyRole(String name, String... roles) {
        Set<String> wanted = Set.copyOf(Arrays.asList(roles));
        return of(name, call -> Verdict.grantedIf(call.roles().stream().anyMatch(wanted::contains)));
    }

    /** Granted to everyone, signed in or not: only for what is public anyway (the public sociale kaart). */
    static AccessPolicy everyone(String name) {
        return of(name, call -> Verdict.GRANTED);
    }
}
