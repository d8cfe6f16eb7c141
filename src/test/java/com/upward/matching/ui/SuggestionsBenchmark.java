package com.upward.matching.ui;

import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's target: the suggestion list for one mentee renders in under 300 ms with 600 mentors. Times, on a cohort
 * of 600 accepted mentors and 50 mentees (rolled back afterwards), the service call alone and the whole server-side
 * render of the suggestions panel (service call plus the five cards with their breakdowns), 20 times each after 5
 * warm-up rounds. Not part of the normal run; see docs/benchmarks.md for the command and the figures.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("benchmark")
class SuggestionsBenchmark extends SpringBrowserlessTest {

    private static final String[] DEPARTMENTS = {"Sales", "Engineering", "Finance", "Legal", "People", "Operations"};
    private static final String[] TOPICS = {"Negotiation", "Public speaking", "Kubernetes", "Hiring", "Budgeting",
            "Giving feedback", "Strategy", "Writing"};
    private static final int MENTORS = 600;
    private static final int ROUNDS = 20;

    @Autowired
    ProgramTestData data;
    @Autowired
    MatchingService matching;
    @Autowired
    MatchingBoardService board;
    @Autowired
    EntityManager em;

    @Test
    void suggestionsForOneMenteeWith600Mentors() throws IOException {
        data.signIn("hr");
        Random random = new Random(7);
        long cohort = data.enrollingCohort();
        for (int i = 0; i < MENTORS; i++) {
            enroll(cohort, EnrollmentSide.MENTOR, 5 + random.nextInt(4), random);
        }
        Enrollment mentee = null;
        for (int i = 0; i < 50; i++) {
            mentee = enroll(cohort, EnrollmentSide.MENTEE, 1 + random.nextInt(4), random);
        }
        em.flush();
        em.clear();
        long menteeId = mentee.getId();

        MatchingBoardView view = navigate("cohorts/" + cohort + "/matching", MatchingBoardView.class);
        roundTrip();
        var row = board.unmatchedMentees(cohort, null, Pageable.unpaged()).stream()
                .filter(m -> m.enrollmentId() == menteeId).findFirst().orElseThrow();

        double[] service = time(() -> matching.suggestionsFor(menteeId));
        double[] panel = time(() -> view.suggestions.show(row, true));
        assertThat(view.suggestions.assignButtons).hasSize(5);

        String line = String.format(Locale.ROOT, "suggestions, %d mentors: service median %.1f ms (max %.1f), "
                        + "panel render median %.1f ms (max %.1f), %d rounds", MENTORS, median(service),
                max(service), median(panel), max(panel), ROUNDS);
        System.out.println(line);
        Files.writeString(Path.of("target", "benchmark-results.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Enrollment enroll(long cohort, EnrollmentSide side, int level, Random random) {
        var employee = data.employee(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], level);
        employee.getLanguages().addAll(Set.of("English"));
        Enrollment enrollment = data.enrollment(cohort, employee, side, EnrollmentStatus.ACCEPTED);
        for (int t = 0; t < 3; t++) {
            enrollment.getTopics().add(TOPICS[random.nextInt(TOPICS.length)]);
        }
        return enrollment;
    }

    private static double[] time(Runnable action) {
        for (int i = 0; i < 5; i++) {
            action.run();
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
