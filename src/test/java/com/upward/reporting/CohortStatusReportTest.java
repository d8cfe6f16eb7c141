package com.upward.reporting;

import com.upward.program.ProgramTestData;
import com.upward.reporting.CohortStatusQueries.PairEngagement;
import com.upward.reporting.ReportingService.CohortStatusReport;
import com.upward.testsupport.TestTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HR cohort status report of the demo's running cohort: the PDF read back with PDFBox and the XLSX opened with
 * POI (numbers as numbers, dates as dates, a frozen and filtered header row), both checked against the service.
 */
@SpringBootTest
@Tag("db")
@Transactional
class CohortStatusReportTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    long cohort;

    @BeforeEach
    void theRunningDemoCohort() {
        cohort = jdbc.queryForObject("select min(id) from cohort where status = 'ACTIVE'", Long.class);
        data.signIn("hr");
    }

    byte[] generate(ReportFormat format) throws Exception {
        var out = new ByteArrayOutputStream();
        reporting.writeCohortStatus(cohort, format, new ReportRequester(Locale.ENGLISH, TestTime.zone()), out);
        Path file = Path.of("target", "reports", "cohort-status." + format.name().toLowerCase());
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void thePdfListsEveryPairWithItsFiguresAndTheAtRiskAndHelpLists() throws Exception {
        CohortStatusReport report = reporting.cohortStatus(cohort);
        assertThat(report.pairs()).isNotEmpty();
        try (PDDocument pdf = Loader.loadPDF(generate(ReportFormat.PDF))) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            long overdue = report.pairs().stream().mapToLong(PairEngagement::overdue).sum();
            assertThat(text).contains(report.cohortName())
                    .contains(report.pairs().size() + " pairs · " + overdue + " overdue check-ins · "
                            + report.atRisk().size() + " at risk · " + report.helpRequests().size()
                            + " open help requests")
                    .contains("At-risk pairs").contains("Open help requests");
            String compact = text.replaceAll("\\s", "");
            for (PairEngagement pair : report.pairs()) {
                assertThat(compact).contains((pair.menteeName() + pair.mentorName()).replaceAll("\\s", ""));
            }
            report.atRisk().forEach(r -> assertThat(compact).contains(r.reason().replaceAll("\\s", "")));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'CohortStatusReport'"
                + " and entity_id = ? and details = 'PDF'", Integer.class, cohort)).isOne();
    }

    @Test
    void theXlsxHasNumbersDatesAndAFrozenFilteredHeader() throws Exception {
        List<PairEngagement> pairs = reporting.cohortStatus(cohort).pairs();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(generate(ReportFormat.XLSX)))) {
            XSSFSheet sheet = workbook.getSheet("Pairs");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mentee");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Due");
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(pairs.size());

            for (int i = 0; i < pairs.size(); i++) {
                PairEngagement pair = pairs.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(pair.menteeName());
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                assertThat(row.getCell(3).getDateCellValue()).isEqualTo(Date.valueOf(pair.startsOn()));
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(pair.due());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(pair.submitted());
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(pair.overdue());
            }
        }
    }

    @Test
    void anExecutiveGetsNoCohortStatus() {
        data.signIn("exec");
        assertThatThrownBy(() -> reporting.cohortStatus(cohort)).isInstanceOf(AccessDeniedException.class);
    }
}
