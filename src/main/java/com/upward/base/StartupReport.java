package com.upward.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Where start-up goes (issue 23, docs/benchmarks.md "Cold start"): {@code java -Dupward.startup-report=30 -jar ...}
 * logs, once the app is ready, the 30 start-up steps of Spring's start-up report that took the longest themselves
 * (a step's time minus the time of the steps inside it, such as the beans a bean needs). Off unless asked: the
 * report is buffered in memory.
 */
public final class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    static final String PROPERTY = "upward.startup-report";

    private StartupReport() {
    }

    public static void attachIfAsked(SpringApplication application) {
        int top = Integer.getInteger(PROPERTY, 0);
        if (top <= 0) {
            return;
        }
        var startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready ->
                LOG.info("The {} slowest start-up steps, by their own time:\n{}", top,
                        slowest(startup.getBufferedTimeline().getEvents(), top)));
    }

    static String slowest(List<TimelineEvent> events, int top) {
        return slowestSteps(events.stream().map(event -> new TimedStep(event.getStartupStep().getId(),
                event.getStartupStep().getParentId(), describe(event.getStartupStep()), event.getDuration()))
                .toList(), top);
    }

    /** The {@code top} steps by their own time (their time minus their children's), longest first, one a line. */
    static String slowestSteps(List<TimedStep> steps, int top) {
        Map<Long, Duration> insideEach = new HashMap<>();
        for (TimedStep step : steps) {
            if (step.parentId() != null) {
                insideEach.merge(step.parentId(), step.duration(), Duration::plus);
            }
        }
        return steps.stream()
                .map(step -> new Step(step.name(),
                        step.duration().minus(insideEach.getOrDefault(step.id(), Duration.ZERO))))
                .sorted(Comparator.comparing(Step::ownTime).reversed())
                .limit(top)
                .map(step -> String.format("%6d ms  %s", step.ownTime().toMillis(), step.name()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(", "));
        return tags.isEmpty() ? step.getName() : step.getName() + " (" + tags + ")";
    }

    record TimedStep(long id, Long parentId, String name, Duration duration) {
    }

    private record Step(String name, Duration ownTime) {
    }
}
