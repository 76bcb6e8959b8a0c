package nl.hecht.shared.usecase;

import java.lang.reflect.Method;

/** One use case as {@link UseCaseCatalogue} lists it: {@code NetworkCommands.addMember -> COORDINATE_NETWORK}. */
public record UseCaseDescription(String name, Class<?> service, Method method, String policy, String auditPurpose) {

    @Override
    public String toString() {
        return name + " -> " + policy + (auditPurpose.isEmpty() ? "" : " (audit: " + auditPurpose + ")");
    }
}
