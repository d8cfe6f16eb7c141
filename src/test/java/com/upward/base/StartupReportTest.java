package com.upward.base;

import com.upward.base.StartupReport.TimedStep;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTest {

    @Test
    void stepsAreRankedByTheirOwnTimeNotCountingTheStepsInsideThem() {
        var steps = List.of(
                new TimedStep(1, null, "context refresh", Duration.ofMillis(1000)),
                new TimedStep(2, 1L, "bean serviceA", Duration.ofMillis(700)),
                new TimedStep(3, 2L, "bean repositoryA", Duration.ofMillis(600)),
                new TimedStep(4, 1L, "bean serviceB", Duration.ofMillis(250)));

        assertThat(StartupReport.slowestSteps(steps, 3).lines().map(String::strip)).containsExactly(
                "600 ms  bean repositoryA",
                "250 ms  bean serviceB",
                "100 ms  bean serviceA");
    }
}
