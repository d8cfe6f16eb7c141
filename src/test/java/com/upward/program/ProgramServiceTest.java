package com.upward.program;

import com.upward.base.BusinessRuleException;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.OwnerChoice;
import com.upward.program.internal.ProgramDetails;
import com.upward.program.internal.ProgramForm;
import com.upward.program.internal.ProgramRow;
import com.upward.program.internal.ProgramService;
import com.upward.security.UserPrincipal;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Tag("db")
@Transactional
class ProgramServiceTest {

    @Autowired
    ProgramService programs;
    @Autowired
    CohortService cohorts;
    @Autowired
    ProgramTestData data;

    @Test
    @WithUserDetails("hr")
    void createsListsAndEditsAProgram() {
        UserPrincipal hr = data.signIn("hr");
        String name = Fixtures.unique("Growth Track");
        long id = programs.createProgram(new ProgramForm("  " + name + " ", "Why it exists", hr.userId(),
                Cadence.MONTHLY, 2));

        ProgramDetails details = programs.program(id).orElseThrow();
        assertThat(details.name()).isEqualTo(name);
        assertThat(details.description()).isEqualTo("Why it exists");
        assertThat(details.ownerName()).isEqualTo(hr.displayName());
        assertThat(details.defaultCadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(details.defaultMaxMentees()).isEqualTo(2);
        assertThat(details.active()).isTrue();

        data.cohort(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 1), Cadence.MONTHLY);
        var rows = programs.findPrograms(name.toUpperCase(), false, PageRequest.of(0, 10, Sort.by("name")));
        assertThat(rows.getContent()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(name);
            assertThat(row.ownerName()).isEqualTo(hr.displayName());
            assertThat(row.cohorts()).isEqualTo(1);
            assertThat(row.active()).isTrue();
        });

        programs.updateProgram(id, details.version(), new ProgramForm(name + " II", "", hr.userId(),
                Cadence.WEEKLY, 4));
        ProgramDetails changed = programs.program(id).orElseThrow();
        assertThat(changed.name()).isEqualTo(name + " II");
        assertThat(changed.description()).isNull();
        assertThat(changed.defaultCadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(changed.version()).isGreaterThan(details.version());
    }

    @Test
    @WithUserDetails("hr")
    void namesAreRequiredUniqueAndLimited() {
        long hr = data.signIn("hr").userId();
        assertRefused(() -> programs.createProgram(new ProgramForm(" ", null, hr, Cadence.WEEKLY, 2)),
                "name", "Enter a name.");
        assertRefused(() -> programs.createProgram(new ProgramForm("x".repeat(151), null, hr, Cadence.WEEKLY, 2)),
                "name", "Use at most 150 characters.");
        assertRefused(() -> programs.createProgram(new ProgramForm("failing forward leadership track", null, hr,
                Cadence.WEEKLY, 2)), "name", "Another program is already called \"failing forward leadership track\".");
        assertRefused(() -> programs.createProgram(new ProgramForm(Fixtures.unique("P"), "d".repeat(2001), hr,
                Cadence.WEEKLY, 2)), "description", "Use at most 2000 characters.");
        assertRefused(() -> programs.createProgram(new ProgramForm(Fixtures.unique("P"), null, hr, null, 2)),
                "defaultCadence", "Choose a cadence.");
        assertRefused(() -> programs.createProgram(new ProgramForm(Fixtures.unique("P"), null, hr, Cadence.WEEKLY,
                11)), "defaultMaxMentees", "Enter a number from 1 to 10.");
    }

    @Test
    @WithUserDetails("hr")
    void theOwnerMustBeAnHrCoordinator() {
        long mentee = data.signIn("mentee").userId();
        data.signIn("hr");
        assertRefused(() -> programs.createProgram(new ProgramForm(Fixtures.unique("P"), null, mentee, Cadence.WEEKLY,
                2)), "owner", "Choose an HR coordinator as the owner.");
        assertThat(programs.owners()).extracting(OwnerChoice::displayName).isNotEmpty()
                .doesNotContain(data.signIn("mentee").displayName());
    }

    @Test
    @WithUserDetails("hr")
    void aStaleEditIsRefused() {
        long id = data.program();
        ProgramDetails details = programs.program(id).orElseThrow();
        programs.setActive(id, details.version(), false);

        assertRefused(() -> programs.updateProgram(id, details.version(), new ProgramForm(details.name(), null,
                details.ownerId(), Cadence.WEEKLY, 2)), null, "Someone else changed this record; reload and try again.");
    }

    @Test
    @WithUserDetails("hr")
    void deactivatedProgramsAreHiddenByDefaultAndTakeNoNewCohorts() {
        long id = data.program();
        ProgramDetails details = programs.program(id).orElseThrow();
        programs.setActive(id, details.version(), false);

        assertThat(programs.findPrograms(details.name(), false, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(programs.findPrograms(details.name(), true, PageRequest.of(0, 10)).getContent())
                .singleElement().extracting(ProgramRow::active).isEqualTo(false);
        assertRefused(() -> data.cohort(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20),
                        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 1), Cadence.MONTHLY), null,
                "The program is inactive; activate it before adding cohorts.");
    }

    @Test
    @WithUserDetails("exec")
    void executivesCannotManagePrograms() {
        assertThatThrownBy(() -> programs.findPrograms("", true, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> programs.createProgram(new ProgramForm("X", null, 1L, Cadence.WEEKLY, 2)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("mentee")
    void employeesCannotManagePrograms() {
        assertThatThrownBy(() -> programs.program(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> programs.setActive(1, 0, false)).isInstanceOf(AuthorizationDeniedException.class);
    }

    static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.getField()).isEqualTo(field);
        });
    }
}
