package nl.hecht.shared.usecase;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Every use case of the application with its policy: built at start from the {@link ApplicationService} beans, and
 * refusing to start when a public method declares no {@link UseCase}, names a policy that does not exist, or declares
 * an audit purpose while nothing audits.
 */
public final class UseCaseCatalogue {

    private final Map<String, AccessPolicy> policies;
    private final List<UseCaseAudit> audits;
    private final Map<Method, UseCaseDescription> useCases = new LinkedHashMap<>();

    UseCaseCatalogue(ListableBeanFactory beans, List<AccessPolicy> policies, List<UseCaseAudit> audits) {
        this.policies = byName(policies);
        this.audits = List.copyOf(audits);
        List<String> problems = new ArrayList<>();
        for (String name : beans.getBeanNamesForAnnotation(ApplicationService.class)) {
            Class<?> type = beans.getType(name);
            if (type == null) {
                continue;
            }
            for (UseCaseDescription useCase : describe(ClassUtils.getUserClass(type), problems)) {
                if (!this.policies.containsKey(useCase.policy())) {
                    problems.add(useCase.name() + " names the policy " + useCase.policy() + ", which does not exist");
                }
                if (!useCase.auditPurpose().isEmpty() && audits.isEmpty()) {
                    problems.add(useCase.name() + " declares the audit purpose " + useCase.auditPurpose()
                            + ", but no UseCaseAudit exists");
                }
                useCases.put(useCase.method(), useCase);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The use-case boundary is incomplete:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The use cases of an application service class; each public method without {@link UseCase}, and each public
     * final one (a proxy cannot guard it), is added to the problems.
     */
    public static List<UseCaseDescription> describe(Class<?> service, List<String> problems) {
        List<UseCaseDescription> found = new ArrayList<>();
        for (Method method : service.getMethods()) {
            if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()
                    || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name = service.getSimpleName() + "." + method.getName();
            UseCase useCase = AnnotatedElementUtils.findMergedAnnotation(method, UseCase.class);
            if (useCase == null) {
                problems.add(name + " is public but declares no @UseCase policy");
                continue;
            }
            if (Modifier.isFinal(method.getModifiers())) {
                problems.add(name + " is final, so its policy could not be enforced");
            }
            found.add(new UseCaseDescription(name, service, method, useCase.policy(), useCase.auditPurpose()));
        }
        found.sort(Comparator.comparing(UseCaseDescription::name));
        return found;
    }

    /** Every use case, by name. */
    public List<UseCaseDescription> useCases() {
        return useCases.values().stream().sorted(Comparator.comparing(UseCaseDescription::name)).toList();
    }

    /** The policies by name. */
    public Map<String, AccessPolicy> policies() {
        return policies;
    }

    Optional<UseCaseDescription> useCase(Method method, Class<?> target) {
        UseCaseDescription known = useCases.get(method);
        if (known != null) {
            return Optional.of(known);
        }
        Method specific = AopUtils.getMostSpecificMethod(method, target);
        return Optional.ofNullable(useCases.get(specific));
    }

    AccessPolicy policy(String name) {
        AccessPolicy policy = policies.get(name);
        if (policy == null) {
            throw new IllegalStateException("no policy " + name);
        }
        return policy;
    }

    List<UseCaseAudit> audits() {
        return audits;
    }

    private static Map<String, AccessPolicy> byName(List<AccessPolicy> policies) {
        Map<String, AccessPolicy> named = new LinkedHashMap<>();
        for (AccessPolicy policy : policies) {
            if (named.put(policy.name(), policy) != null) {
                throw new IllegalStateException("two policies are named " + policy.name());
            }
        }
        return named;
    }
}
