package com.upward.testsupport;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.time.Clock;
import java.util.List;

/**
 * Gives every Spring test context the run's {@link TestTime#clock()} as its primary {@link Clock}, so the demo
 * data, the services and the tests all share one "now". Registered in {@code META-INF/spring.factories}.
 */
public class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

    static final String BEAN_NAME = "testClock";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new TestClockCustomizer();
    }

    private static final class TestClockCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition clock = new RootBeanDefinition(TestClock.class, TestTime::clock);
                clock.setPrimary(true);
                registry.registerBeanDefinition(BEAN_NAME, clock);
            }
        }

        // one customizer for every test class, so that it does not split the context cache
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
