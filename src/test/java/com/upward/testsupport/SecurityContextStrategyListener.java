package com.upward.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring contexts live in one test JVM, and each installs its own (Vaadin-aware) security context strategy as
 * the static one: the context started last wins. Spring Security's test support puts {@code @WithUserDetails} into
 * the strategy bean of the test's own context, while {@code CurrentUser} reads the static holder, so a test could
 * see "not signed in" depending on which test classes ran before it. Before each test method this points the static
 * holder at the test's own strategy. Registered in {@code META-INF/spring.factories} (test resources).
 */
public class SecurityContextStrategyListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10 000) sets up the test's security context
        return Ordered.HIGHEST_PRECEDENCE + 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
