package com.upward.testsupport;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the run's clock back after every test method, so a test that moves time does not move it for the tests
 * after it. Registered in {@code META-INF/spring.factories}.
 */
public class TestClockListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        TestTime.clock().reset();
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        TestTime.clock().reset();
    }
}
