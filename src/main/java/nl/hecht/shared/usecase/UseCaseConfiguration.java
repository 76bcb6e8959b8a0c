package nl.hecht.shared.usecase;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * The one mechanism that enforces access: an advisor on every {@link ApplicationService}, run before the
 * transaction opens (a refused call touches no data), and the {@link UseCaseCatalogue} it consults.
 */
@Configuration(proxyBeanMethods = false)
@Import(UseCaseConfiguration.AutoProxy.class)
class UseCaseConfiguration {

    /** Before transactions (lowest precedence) and Spring Security's own method interceptors. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor useCaseAdvisor(ObjectProvider<UseCaseCatalogue> catalogue) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(ApplicationService.class, true), new UseCaseInterceptor(catalogue));
        advisor.setOrder(ORDER);
        return advisor;
    }

    @Bean
    UseCaseCatalogue useCaseCatalogue(ListableBeanFactory beans, ObjectProvider<AccessPolicy> policies,
            ObjectProvider<UseCaseAudit> audits) {
        return new UseCaseCatalogue(beans, policies.orderedStream().toList(), audits.orderedStream().toList());
    }

    /** The same auto-proxy creator transactions use, proxying classes (application services are classes). */
    static final class AutoProxy implements ImportBeanDefinitionRegistrar {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
            AopConfigUtils.forceAutoProxyCreatorToUseClassProxying(registry);
        }
    }
}
