package nl.hecht.shared.usecase;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.hecht.shared.NotFoundException;

/**
 * Runs before every public method of an {@link ApplicationService}: asks the use case's policy, answers
 * {@link NotFoundException} (404) for a hidden record and {@link AccessDeniedException} (403) for a refused one, runs
 * the method, and hands audited use cases to every {@link UseCaseAudit}. A method the catalogue does not know (which
 * it would have refused at start) is refused too: the boundary fails closed.
 */
final class UseCaseInterceptor implements MethodInterceptor {

    private final ObjectProvider<UseCaseCatalogue> catalogue;

    UseCaseInterceptor(ObjectProvider<UseCaseCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        if (!Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return invocation.proceed();
        }
        Object target = invocation.getThis();
        Class<?> targetClass = target == null ? method.getDeclaringClass() : AopUtils.getTargetClass(target);
        UseCaseCatalogue useCases = catalogue.getObject();
        UseCaseDescription useCase = useCases.useCase(method, targetClass).orElseThrow(
                () -> new AccessDeniedException("no use case " + targetClass.getSimpleName() + "." + method.getName()));
        UseCaseCall call = new UseCaseCall(useCase.name(), method, invocation.getArguments(),
                SecurityContextHolder.getContext().getAuthentication());
        Verdict verdict = useCases.policy(useCase.policy()).decide(call);
        boolean audited = !useCase.auditPurpose().isEmpty();
        if (verdict != Verdict.GRANTED) {
            if (audited) {
                audit(useCases, call, useCase,
                        verdict == Verdict.HIDDEN ? UseCaseAudit.Outcome.HIDDEN : UseCaseAudit.Outcome.DENIED);
            }
            if (verdict == Verdict.HIDDEN) {
                throw new NotFoundException();
            }
            throw new AccessDeniedException(useCase.name() + " refused by " + useCase.policy());
        }
        if (!audited) {
            return invocation.proceed();
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            audit(useCases, call, useCase, UseCaseAudit.Outcome.FAILED);
            throw failure;
        }
        audit(useCases, call, useCase, UseCaseAudit.Outcome.DONE);
        return result;
    }

    private static void audit(UseCaseCatalogue useCases, UseCaseCall call, UseCaseDescription useCase,
            UseCaseAudit.Outcome outcome) {
        for (UseCaseAudit audit : useCases.audits()) {
            audit.record(call, useCase.auditPurpose(), outcome);
        }
    }
}
