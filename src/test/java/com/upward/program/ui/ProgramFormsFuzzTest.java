package com.upward.program.ui;

import com.upward.testsupport.ShownTabs;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.TypedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in the program and cohort forms, as HR editing a test program and its draft cohort (rolled
 * back): names are kept on one line, descriptions as cleaned text, or refused beside the field.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class ProgramFormsFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    long program;
    long cohort;

    @BeforeEach
    void signIn() {
        data.signIn("hr");
        cohort = data.draftCohort();
        em.flush();
        program = jdbc.queryForObject("select program_id from cohort where id = ?", Long.class, cohort);
    }

    private String column(String table, long id, String column) {
        em.flush();
        return jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id);
    }

    /** The parts of the program or the cohort dialog that take text. */
    record TextFields(TextField name, TextArea description, Button save) {
    }

    private void nameAndDescriptionAreRefusedOrStoredAsText(String table, long id, int randomCount,
                                                            Supplier<TextFields> open) {
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(randomCount), List.of("name", "description"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        TextFields dialog = open.get();
                        if (field.equals("name")) {
                            test(dialog.name()).setValue(value);
                        } else {
                            test(dialog.description()).setValue(value);
                        }
                        test(dialog.save()).click();
                    }

                    @Override
                    public String stored(String field) {
                        return column(table, id, field);
                    }

                    @Override
                    public void reset() {
                        $(Dialog.class).all().forEach(Dialog::close);
                    }
                }, (field, value) -> field.equals("name") ? FormFuzz.requiredLine(value)
                        : FormFuzz.optionalText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void programNameAndDescriptionAreRefusedOrStoredAsText() {
        nameAndDescriptionAreRefusedOrStoredAsText("program", program, 25, () -> {
            test(navigate("programs/" + program, ProgramView.class).edit).click();
            ProgramDialog dialog = $(ProgramDialog.class).single();
            return new TextFields(dialog.name, dialog.description, dialog.save);
        });
    }

    @Test
    void cohortNameAndDescriptionAreRefusedOrStoredAsText() {
        nameAndDescriptionAreRefusedOrStoredAsText("cohort", cohort, 15, () -> {
            test(navigate("cohorts/" + cohort, CohortView.class).edit).click();
            CohortDialog dialog = $(CohortDialog.class).single();
            return new TextFields(dialog.name, dialog.description, dialog.save);
        });
    }

    @Test
    void numbersAndDatesThatDoNotParseAreRefusedBesideTheField() {
        String before = column("cohort", cohort, "concat(max_mentees_per_mentor, starts_on, version)");
        for (String typed : List.of("abc", "3.5", "1e309", "99999999999999999999", "' OR 1=1 --", "<b>4</b>")) {
            test(navigate("cohorts/" + cohort, CohortView.class).edit).click();
            CohortDialog dialog = $(CohortDialog.class).single();
            TypedText.type(dialog.maxMentees, typed);
            test(dialog.save).click();
            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            dialog.close();

            test(navigate("cohorts/" + cohort, CohortView.class).edit).click();
            dialog = $(CohortDialog.class).single();
            TypedText.type(dialog.startsOn, typed.equals("abc") ? "2026-02-30" : typed);
            test(dialog.save).click();
            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            dialog.close();

            test(navigate("programs/" + program, ProgramView.class).edit).click();
            ProgramDialog programDialog = $(ProgramDialog.class).single();
            TypedText.type(programDialog.maxMentees, typed);
            test(programDialog.save).click();
            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            programDialog.close();
        }
        assertThat(column("cohort", cohort, "concat(max_mentees_per_mentor, starts_on, version)")).isEqualTo(before);
    }

    @Test
    void aLevelThatDoesNotParseInTheBulkInviteIsRefusedNotIgnored() {
        long enrolling = data.enrollingCohort();
        em.flush();
        long before = jdbc.queryForObject("select count(*) from enrollment where cohort_id = ?", Long.class, enrolling);
        for (String typed : List.of("abc", "7.5", "' OR 1=1 --", "99999999999999999999")) {
            CohortView view = navigate("cohorts/" + enrolling, CohortView.class);
            test(view.tabs).select("Participants");
            roundTrip();
            ParticipantsTab participants = ShownTabs.content(view.tabs, "Participants");
            test(participants.inviteMany).click();
            BulkInviteDialog dialog = $(BulkInviteDialog.class).single();
            test(dialog.department).selectItem("Engineering");
            TypedText.type(dialog.minLevel, typed);
            test(dialog.invite).click();

            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            assertThat($(ConfirmDialog.class).exists()).as(typed).isFalse();
            dialog.close();
        }
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ?", Long.class, enrolling))
                .isEqualTo(before);
    }

    @Test
    void searchesTakeHostileTextLiterally() {
        ProgramsView programs = navigate(ProgramsView.class);
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(programs.search).setValue(text);
            return test(programs.grid).size();
        });
        long enrolling = jdbc.queryForObject("select min(id) from cohort where status = 'ENROLLING'", Long.class);
        CohortView cohortView = navigate("cohorts/" + enrolling, CohortView.class);
        test(cohortView.tabs).select("Participants");
        roundTrip();
        ParticipantsTab participants = ShownTabs.content(cohortView.tabs, "Participants");
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(participants.search).setValue(text);
            return test(participants.grid).size();
        });
        test(participants.invite).click();
        InviteDialog invite = $(InviteDialog.class).single();
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(invite.employee).setFilter(text);
            return test(invite.employee).getSuggestions().size();
        });
    }
}
