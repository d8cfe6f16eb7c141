package com.upward.reporting;

import com.upward.program.ProgramTestData;
import com.upward.reporting.internal.ProgramOutcomePdfTest;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo mentee's own growth report: their name as written, every goal, their lessons, no private notes. */
@SpringBootTest
@Tag("db")
@Transactional
class PersonalGrowthReportTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMenteeGetsTheirGoalsAndLessonsWithoutPrivateNotes() throws Exception {
        data.signIn("mentee");
        var out = new ByteArrayOutputStream();
        reporting.writePersonalGrowthPdf(new ReportRequester(Locale.ENGLISH, TestTime.zone()), out);
        Path file = Path.of("target", "reports", "personal-growth.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());

        List<String> goals = jdbc.queryForList("""
                select g.title from goal g join enrollment e on e.id = g.enrollment_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'""", String.class);
        List<String> lessons = jdbc.queryForList("""
                select ci.lessons from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'
                and ci.status in ('SUBMITTED', 'REVIEWED') and ci.lessons is not null""", String.class);
        List<String> privateNotes = jdbc.queryForList("""
                select ci.private_notes from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'
                and ci.private_notes is not null""", String.class);
        assertThat(goals).isNotEmpty();
        assertThat(lessons).isNotEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains("ŁukaszWiśniewski").contains("Winsandlessons");
            goals.forEach(g -> assertThat(text).contains(g.replaceAll("\\s", "")));
            lessons.forEach(l -> assertThat(text).contains(("Lesson:" + l).replaceAll("\\s", "")));
            privateNotes.forEach(n -> assertThat(text).doesNotContain(n.replaceAll("\\s", "")));
            ProgramOutcomePdfTest.assertFontsEmbedded(pdf);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PersonalGrowthReport'"
                + " and actor = 'mentee'", Integer.class)).isOne();
    }

    @Test
    void anAdministratorWithoutAnEmployeeRecordHasNone() {
        data.signIn("admin");
        assertThatThrownBy(() -> reporting.writePersonalGrowthPdf(new ReportRequester(Locale.ENGLISH, TestTime.zone()),
                new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
