package nl.hecht.shared.usecase;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * One call of a use case as a policy sees it: the arguments (typed: a policy asks for the {@code NetworkId} or the
 * {@code CurrentUser} it needs) and who is signed in on this thread, if anyone.
 */
public record UseCaseCall(String useCase, Method method, Object[] arguments, @Nullable Authentication authentication) {

    /** The first argument of the type, if the use case takes one. */
    public <T> Optional<T> argument(Class<T> type) {
        return Arrays.stream(arguments).filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The caller as the type: the argument of that type when the use case takes one (a background job passes the
     * person who started it), else the principal signed in on this thread.
     */
    public <T> Optional<T> caller(Class<T> type) {
        Optional<T> passed = argument(type);
        if (passed.isPresent()) {
            return passed;
        }
        return authentication != null && type.isInstance(authentication.getPrincipal())
                ? Optional.of(type.cast(authentication.getPrincipal()))
                : Optional.empty();
    }

    /**
     * The roles of the caller: of the {@link Caller} argument when the use case takes one, else of the person signed in
     * on this thread (their {@code ROLE_} authorities, without the prefix).
     */
    public Set<String> roles() {
        Optional<Caller> caller = caller(Caller.class);
        if (caller.isPresent()) {
            return caller.get().roleNames();
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return useCase; // never the arguments: they may hold personal data
    }
}
