package nl.hecht.shared;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes {@link MutableClock#shared()} the primary {@link java.time.Clock} of every Spring test context (registered in
 * {@code META-INF/spring.factories} of the test sources).
 */
public class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new TestClockCustomizer();
    }

    private static final class TestClockCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition clock = new RootBeanDefinition(MutableClock.class, MutableClock::shared);
                clock.setPrimary(true);
                registry.registerBeanDefinition("testClock", clock);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClockCustomizer;
        }

        @Override
        public int hashCode() {
            return TestClockCustomizer.class.hashCode();
        }
    }
}
