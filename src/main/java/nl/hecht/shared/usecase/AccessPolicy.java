package nl.hecht.shared.usecase;

import java.util.Arrays;
import java.util.Set;
import java.util.function.BiFunction;
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

    /**
     * The rule of most policies on one record: a caller of {@code callerType} with one of the roles (else
     * {@link Verdict#DENIED}, before any record is looked up), a call that names a record of {@code recordType} (else
     * {@link Verdict#HIDDEN}), and then the decision on that record for that caller.
     */
    static <C, R> AccessPolicy onRecord(String name, Set<String> roles, Class<C> callerType, Class<R> recordType,
            BiFunction<C, R, Verdict> decision) {
        Set<String> wanted = Set.copyOf(roles);
        return of(name, call -> Verdict.grantedIf(call.caller(callerType).isPresent()
                && call.roles().stream().anyMatch(wanted::contains))
                .and(() -> call.argument(recordType)
                        .map(record -> decision.apply(call.caller(callerType).orElseThrow(), record))
                        .orElse(Verdict.HIDDEN)));
    }

    /** Granted to everyone, signed in or not: only for what is public anyway (the public sociale kaart). */
    static AccessPolicy everyone(String name) {
        return of(name, call -> Verdict.GRANTED);
    }
}
