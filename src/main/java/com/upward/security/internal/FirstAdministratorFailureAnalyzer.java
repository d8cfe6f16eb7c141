package com.upward.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The first administrator could not be created: one line saying why and what to set (META-INF/spring.factories). */
public class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministrator.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.Refused cause) {
        return new FailureAnalysis(cause.getMessage(), "Set UPWARD_ADMIN_USERNAME and UPWARD_ADMIN_PASSWORD (at least "
                + PasswordPolicy.MIN_LENGTH + " characters, not the username), or leave UPWARD_ADMIN_PASSWORD unset "
                + "to get a one-time password in the log.", cause);
    }
}
