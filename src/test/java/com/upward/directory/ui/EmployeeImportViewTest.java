package com.upward.directory.ui;

import com.upward.directory.internal.HrisColumn;
import com.upward.directory.internal.ImportUpload;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The two import steps on screen: upload shows the summary and the problems; confirm writes and reports. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class EmployeeImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "employee_number,first_name,last_name,email,department,job_title,job_level,"
            + "location,time_zone,manager_employee_number\n";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static final long MAX_BYTES = ImportUpload.MAX_BYTES;

    private final String key = "V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    EmployeeImportView view;

    @BeforeEach
    void openAsHr() {
        signIn("hr");
        view = navigate(EmployeeImportView.class);
    }

    @AfterEach
    void removeImportedEmployees() {
        jdbc.update("delete from app_user where employee_id in (select id from employee where employee_number like ?)",
                key + "-%");
        jdbc.update("update employee set manager_id = null where employee_number like ?", key + "-%");
        jdbc.update("delete from employee where employee_number like ?", key + "-%");
    }

    @Test
    void uploadShowsTheSummaryAndEveryProblemAndConfirmStaysDisabled() throws Exception {
        String csv = HEADER
                + row(1, "Lead", 7, "") + row(2, "Report", 4, key + "-1")
                + "E10003,Changed,Name,e10003-changed@upward.example,Sales,Rep,3,Oslo,Europe/Oslo,\n"
                + row(3, "Broken", 11, key + "-404");

        upload(csv);

        assertThat(summaryText()).contains("2New", "1Updated", "0Unchanged", "0Deactivated", "1Rejected");
        assertThat(view.verdict.getText()).startsWith("1 row is rejected. Nothing is imported");
        assertThat(view.confirm.isEnabled()).isFalse();
        Grid<?> problems = view.problems;
        var grid = test(view.problems);
        assertThat(problems.isVisible()).isTrue();
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("5");
        assertThat(grid.getCellText(0, 1)).isEqualTo("job_level");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Job level must be a whole number from 1 to 10.");
        assertThat(grid.getCellText(1, 1)).isEqualTo("manager_employee_number");
        assertThat(grid.getCellText(1, 2)).isEqualTo("No employee with number " + key
                + "-404 in this file or in the directory.");
    }

    @Test
    void inGermanTheImportReportsInGerman() throws Exception {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(EmployeesView.class); // away and back: a new import page, built in German
        view = navigate(EmployeeImportView.class);
        assertThat(view.confirm.getText()).isEqualTo("Import bestätigen");
        assertThat(view.getPageTitle()).isEqualTo("Mitarbeitende importieren");

        upload(HEADER + row(1, "Lead", 7, "") + row(2, "Broken", 11, ""));
        assertThat(summaryText()).contains("1Neu", "0Aktualisiert", "1Abgelehnt");
        assertThat(view.verdict.getText()).startsWith("1 Zeile wird abgelehnt. Importiert wird erst,");
        assertThat(view.problems.getColumns().getFirst().getHeaderText()).isEqualTo("Zeile");

        navigate(EmployeesView.class);
        view = navigate(EmployeeImportView.class);
        upload(HEADER + row(1, "Lead", 7, "") + row(2, "Report", 4, key + "-1"));
        assertThat(view.verdict.getText()).isEqualTo("Alle 2 Zeilen sind gültig. Bestätigen Sie, um die Änderungen"
                + " zu speichern.");
        test(view.confirm).click();
        awaitWork();
        assertThat(RenderedUi.text(view.result)).contains("Importiert: 2 neu, 0 aktualisiert, 0 deaktiviert.");
    }

    @Test
    void aValidFileIsWrittenOnConfirm() throws Exception {
        upload(HEADER + row(1, "Lead", 7, "") + row(2, "Report", 4, key + "-1"));
        assertThat(view.confirm.isEnabled()).isTrue();
        assertThat(view.verdict.getText()).startsWith("All 2 rows are valid.");

        test(view.confirm).click();
        awaitWork();

        assertThat(view.result.isVisible()).isTrue();
        assertThat(RenderedUi.text(view.result)).contains("Imported: 2 new, 0 updated, 0 deactivated.");
        assertThat(jdbc.queryForObject("select m.employee_number from employee e join employee m on m.id = e.manager_id"
                + " where e.employee_number = ?", String.class, key + "-2")).isEqualTo(key + "-1");
    }

    @Test
    void onlyAdministratorsSeeTheAccountsOption() {
        assertThat(view.createAccounts.isVisible()).isFalse();
        signIn("admin");
        navigate(EmployeesView.class);
        assertThat(navigate(EmployeeImportView.class).createAccounts.isVisible()).isTrue();
    }

    @Test
    void anAdministratorSeesTheOneTimePasswordsOnce() throws Exception {
        signIn("admin");
        navigate(EmployeesView.class);
        view = navigate(EmployeeImportView.class);
        test(view.createAccounts).click();
        upload(HEADER + row(1, "Account", 4, ""));
        assertThat(view.confirm.isEnabled()).isTrue();

        test(view.confirm).click();
        awaitWork();

        CredentialsDialog dialog = $(CredentialsDialog.class).single();
        var credentials = test($(Grid.class, dialog).single());
        assertThat(credentials.size()).isOne();
        assertThat(credentials.getCellText(0, 0)).isEqualTo(key.toLowerCase() + "-1");
        assertThat(credentials.getCellText(0, 2)).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from app_user u join employee e on e.id = u.employee_id"
                + " where e.employee_number = ?", Long.class, key + "-1")).isOne();
    }

    @Test
    void aFileWithoutTheRequiredColumnsAsksForThemBesideEachField() throws Exception {
        upload("employee_number;first_name;Surname;Mail\nX;Y;Z;x@y.test\n");

        assertThat(view.mapping.isVisible()).isTrue();
        assertThat(view.mapping.status.getText()).isEqualTo("Your file's columns are not the template's. Choose the "
                + "columns for email, department, job_title, job_level, location, time_zone (or pick a saved "
                + "mapping), then check the file.");
        assertThat(view.mapping.fields.get(HrisColumn.LAST_NAME).getValue()).isEqualTo("Surname");
        assertThat(view.verdict.getText()).isEmpty();

        test(view.mapping.check).click();
        assertThat(view.mapping.fields.get(HrisColumn.DEPARTMENT).isInvalid()).isTrue();
        assertThat(view.mapping.fields.get(HrisColumn.DEPARTMENT).getErrorMessage())
                .isEqualTo("Choose the column that holds department.");
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void hostileValuesInAFileAreListedAsTextAndNothingIsImported() throws Exception {
        String script = "<img src=x onerror=alert(1)>";
        upload(HEADER + row(1, "<script>alert(1)</script>", 4, script)
                + key + "-2,Test,\"' OR 1=1 --\",x@y.z,Sales,Rep,abc,Oslo,Europe/Oslo,\n");

        var problems = test(view.problems);
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(problems.getCellText(0, 2)).isEqualTo("No employee with number " + script
                + " in this file or in the directory.");
        assertThat(problems.getCellText(1, 1)).isEqualTo("job_level");
        RenderedUi.assertTextOnly(UI.getCurrent());
        assertThat(jdbc.queryForObject("select count(*) from employee where employee_number like ?", Long.class,
                key + "-%")).isZero();
    }

    @Test
    void anUploadOverThirtyMegabytesIsRefusedAndNothingIsImported() throws Exception {
        var csv = new StringBuilder(HEADER);
        for (int n = 1; csv.length() <= ImportUpload.MAX_BYTES; n++) {
            csv.append(row(n, "Big", 4, ""));
        }

        upload(csv.toString());

        assertThat(RenderedUi.refusals(UI.getCurrent())).singleElement().asString()
                .startsWith("The file is larger than 30 MB.");
        assertThat(RenderedUi.text(view.verdict)).as("no preview").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from employee where employee_number like ?", Long.class,
                key + "-%")).isZero();
    }

    /** The browser's size limit can be switched off: the server reads no more than the limit, and keeps none of it. */
    @Test
    void aHugeUploadIsReadOnlyUpToTheLimitAndNotHeldInMemory() throws Exception {
        long size = 200L * 1024 * 1024;
        var served = new AtomicLong();
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = (int) Math.min(length, size - served.get());
                if (n <= 0) {
                    return -1;
                }
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                served.addAndGet(n);
                return n;
            }
        };
        var event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "huge.csv", -1, "text/csv", view.upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return huge;
            }
        };
        List<Path> tempFilesBefore = importTempFiles();
        System.gc();
        long heapBefore = usedHeap();

        view.uploads.handleUploadRequest(event);

        long heapGrowth = usedHeap() - heapBefore;
        assertThat(served.get()).as("bytes read of 200 MB").isLessThanOrEqualTo(MAX_BYTES + 1024 * 1024);
        assertThat(heapGrowth).as("heap growth").isLessThan(64L * 1024 * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(importTempFiles()).as("the partial file is deleted").isEqualTo(tempFilesBefore);
        awaitWork();
        assertThat(RenderedUi.refusals(UI.getCurrent())).singleElement().asString()
                .startsWith("The file is larger than 30 MB.");
        assertThat(RenderedUi.text(view.verdict)).as("no preview").isEmpty();
    }

    @Test
    void theListOfIgnoredColumnsIsCapped() throws Exception {
        String extra = IntStream.rangeClosed(1, 300).mapToObj(i -> "extra_" + i).collect(Collectors.joining(","));

        upload(HEADER.strip() + "," + extra + "\n" + row(1, "Lead", 7, ""));

        assertThat(RenderedUi.text(view.verdict)).contains("Ignored columns: extra_1, extra_2, ",
                " extra_20 and 280 more.").doesNotContain("extra_21");
    }

    private static List<Path> importTempFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("upward-import-")).sorted().toList();
        }
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private void upload(String csv) throws Exception {
        test(view.upload).upload("people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        awaitWork();
    }

    /**
     * Runs what the upload queued for the UI, waits for the background work, then runs what it queued, until no
     * work follows (reading the columns is followed by the check when they are the template's), and answers the
     * browser (which attaches the notifications opened meanwhile).
     */
    private void awaitWork() throws Exception {
        var session = VaadinSession.getCurrent();
        do {
            session.getService().runPendingAccessTasks(session);
            view.work.get(30, TimeUnit.SECONDS);
            session.getService().runPendingAccessTasks(session);
        } while (!view.work.isDone());
        roundTrip();
    }

    private String summaryText() {
        return RenderedUi.text(view.summary).replaceAll("\\s+", "");
    }

    private String row(int n, String lastName, int level, String manager) {
        return key + "-" + n + ",Test," + lastName + "," + key.toLowerCase() + "-" + n + "@import.test,Engineering,"
                + "Engineer," + level + ",Berlin,Europe/Berlin," + manager + "\n";
    }

    private void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
