package com.upward.directory.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.BackgroundWork;
import com.upward.base.ui.Failures;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.directory.internal.ColumnMapping;
import com.upward.directory.internal.EmployeeImportService;
import com.upward.directory.internal.ImportOptions;
import com.upward.directory.internal.ImportPreview;
import com.upward.directory.internal.ImportProblem;
import com.upward.directory.internal.ImportProgress;
import com.upward.directory.internal.ImportResult;
import com.upward.directory.internal.ImportUpload;
import com.upward.base.Role;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * HRIS import in two steps: upload and check (every row, summary and problems), then confirm. Reading, checking and
 * writing run off the UI thread with a progress bar; the page stays usable.
 */
@Route("employees/import")
@PageTitle("Import employees")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmployeeImportView extends VerticalLayout {

    private final EmployeeImportService imports;
    final Checkbox deactivateMissing = new Checkbox("Deactivate employees missing from this file (full import)");
    final Checkbox createAccounts = new Checkbox("Create accounts for new employees");
    final Upload upload = new Upload();
    /** Receives the file on the upload request. */
    final UploadHandler uploads;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div summary = new Div();
    final Paragraph verdict = new Paragraph();
    /** What may be mapped wrongly without any row being invalid: no manager column, tags that look like lists. */
    final Div warnings = new Div();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button confirm = new Button("Confirm import");
    final Button startOver = new Button("Start over");
    final Div result = new Div();
    private final Div progressBox = new Div(progressText, progress);
    private final Div previewBox = new Div();
    final ColumnMappingPanel mapping;
    private ImportPreview preview;
    /** The uploaded file, kept until the next upload, "Start over" or leaving the page: HR may map it again. */
    private Path uploaded;
    private String uploadedName;
    /** The running check or write, if any; browserless tests wait on it. */
    CompletableFuture<Void> work = CompletableFuture.completedFuture(null);

    EmployeeImportView(EmployeeImportService imports, AuthenticationContext authentication) {
        this.imports = imports;
        this.mapping = new ColumnMappingPanel(imports, this::checkWith);
        mapping.setVisible(false);
        addDetachListener(e -> forgetUpload());
        addClassName("import-view");
        setMaxWidth("72rem");

        var back = new Anchor("employees", "← Back to employees");
        var intro = new Paragraph("Upload a CSV export from your HR system. Every row is checked first and you see"
                + " what would change; nothing is written until you confirm, and then either every row is written"
                + " or none.");
        var sample = new Anchor();
        sample.setHref(DownloadHandler.forClassResource(EmployeeImportService.class, "hris-import-sample.csv",
                "hris-import-sample.csv"), AttachmentType.DOWNLOAD);
        sample.add(VaadinIcon.FILE_TEXT_O.create(), new Span("Download the sample file"));
        sample.addClassName("button-link");

        deactivateMissing.setHelperText("For a file with the whole company: employees not in it are deactivated,"
                + " never deleted.");
        createAccounts.setHelperText("New employees get an Employee account with a one-time password.");
        createAccounts.setVisible(authentication.hasRole(Role.Names.ADMIN));
        deactivateMissing.addValueChangeListener(e -> recheck());
        createAccounts.addValueChangeListener(e -> recheck());

        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(ImportUpload.MAX_BYTES);
        uploads = new BoundedUpload(UI.getCurrent());
        upload.setUploadHandler(uploads);
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));
        upload.setDropLabel(new Span("or drop it here (UTF-8, comma or semicolon separated)"));
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne("Upload CSV file…")
                .setMany("Upload CSV file…")));

        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);

        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> askToConfirm());
        startOver.addClickListener(e -> startOver());
        problems.addColumn(p -> p.row() == 0 ? "File" : String.valueOf(p.row())).setHeader("Row")
                .setComparator(Comparator.comparingInt(ImportProblem::row)).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column().isEmpty() ? "(whole row)" : p.column()).setHeader("Column")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("Reason").setFlexGrow(1);
        problems.setAriaLabel("Problems found in the file");
        problems.addClassName("import-problems");
        problems.setHeight("22rem");
        summary.addClassName("import-summary");
        verdict.addClassName("import-verdict");
        warnings.addClassName("import-warnings");
        warnings.getElement().setAttribute("role", "alert");
        warnings.setVisible(false);
        previewBox.add(new H3("Preview"), summary, verdict, warnings, new HorizontalLayout(confirm, startOver),
                problems);
        previewBox.setVisible(false);
        previewBox.setWidthFull();
        problems.setWidthFull();
        result.addClassName("import-result");
        result.setVisible(false);

        add(back, intro, ImportTexts.fileFormat(), sample, deactivateMissing, createAccounts, upload, progressBox, mapping,
                previewBox, result);
    }

    private ImportOptions options() {
        return new ImportOptions(deactivateMissing.getValue(), createAccounts.isVisible() && createAccounts.getValue());
    }

    /**
     * Takes the upload on its request thread (without the session lock), streamed to a temporary file and refused
     * past the size limit whatever the browser was told, then hands it to the UI.
     */
    private final class BoundedUpload implements UploadHandler {
        private final UI ui;

        BoundedUpload(UI ui) {
            this.ui = ui;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String fileName = event.getFileName();
            try {
                Path file = ImportUpload.receive(event.getInputStream(), event.getFileSize());
                try {
                    ui.access(() -> check(fileName, file));
                } catch (UIDetachedException closed) {
                    ImportUpload.delete(file);
                }
            } catch (BusinessRuleException tooLarge) {
                event.reject(tooLarge.getMessage());
                ui.access(() -> refuse(tooLarge.getMessage()));
            }
        }

        /** Multipart uploads: the servlet container checks this before the handler runs. */
        @Override
        public long getFileSizeMax() {
            return ImportUpload.MAX_BYTES;
        }
    }

    /**
     * Step 1: read the uploaded file's columns; when their names are the template's, check it straight away,
     * otherwise HR maps them first (ColumnMappingPanel).
     */
    void check(String fileName, Path file) {
        forgetUpload();
        uploaded = file;
        uploadedName = fileName;
        runWork("Reading the columns of " + fileName, progress -> imports.columns(fileName, file), columns -> {
            if (!columns.readable()) {
                forgetUpload();
                refuse(columns.problem());
                return;
            }
            mapping.show(columns);
            mapping.setVisible(true);
            previewBox.setVisible(false);
            if (columns.suggested().missingRequired().isEmpty()) {
                checkWith(columns.suggested());
            }
        });
    }

    /** Step 1b: check the kept file with these columns, in the background. */
    void checkWith(ColumnMapping columns) {
        if (uploaded == null) {
            return;
        }
        Path file = uploaded;
        String fileName = uploadedName;
        ImportOptions options = options();
        runWork("Checking " + fileName, progress -> imports.preview(fileName, file, columns, options, progress),
                this::showPreview);
    }

    private void forgetUpload() {
        if (uploaded != null) {
            ImportUpload.delete(uploaded);
            uploaded = null;
        }
    }

    private void refuse(String message) {
        upload.clearFileList();
        Toasts.error(message);
    }

    /** The options changed after a check: check the same file again. */
    private void recheck() {
        if (preview != null && work.isDone()) {
            var file = preview.file();
            ImportOptions options = options();
            runWork("Checking " + file.fileName(), progress -> imports.preview(file, options, progress),
                    this::showPreview);
        }
    }

    void showPreview(ImportPreview checked) {
        preview = checked;
        result.setVisible(false);
        summary.removeAll();
        summary.add(Tiles.of(Tiles.tile(checked.created(), "New"), Tiles.tile(checked.updated(), "Updated"),
                Tiles.tile(checked.unchanged(), "Unchanged"), Tiles.tile(checked.deactivated(), "Deactivated"),
                Tiles.tile(checked.rejected(), "Rejected")));
        verdict.setText(checked.confirmable()
                ? "All " + String.format("%,d", checked.file().rowCount()) + " rows are valid. Confirm to write"
                        + " the changes."
                : checked.whyNotConfirmable());
        verdict.getElement().setAttribute("role", "status");
        verdict.getClassNames().set("blocked", !checked.confirmable());
        confirm.setEnabled(checked.confirmable());
        problems.setItems(checked.problems());
        problems.setVisible(!checked.problems().isEmpty());
        if (checked.problemCount() > checked.problems().size()) {
            verdict.add(new Span(" The first " + String.format("%,d", checked.problems().size()) + " of "
                    + String.format("%,d", checked.problemCount()) + " problems are listed."));
        }
        if (!checked.file().ignoredColumns().isEmpty()) {
            verdict.add(new Span(" Ignored columns: " + ImportTexts.ignored(checked.file().ignoredColumns()) + "."));
        }
        warnings.removeAll();
        checked.warnings().forEach(warning -> warnings.add(new Paragraph(warning)));
        warnings.setVisible(!checked.warnings().isEmpty());
        previewBox.setVisible(true);
    }

    private void askToConfirm() {
        if (preview == null || !preview.confirmable()) {
            return;
        }
        if (preview.deactivated() == 0) {
            write();
            return;
        }
        var dialog = new ConfirmDialog("Deactivate " + preview.deactivated() + " employees?",
                preview.deactivated() + " active employees are not in this file and will be deactivated (not"
                        + " deleted; you can reactivate them later).", "Import and deactivate", e -> write());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Step 2: write everything in one transaction, in the background. */
    void write() {
        ImportPreview confirmed = preview;
        runWork("Importing " + confirmed.file().fileName(), progress -> imports.confirm(confirmed, progress),
                this::showResult);
    }

    private void showResult(ImportResult done) {
        preview = null;
        forgetUpload();
        mapping.setVisible(false);
        previewBox.setVisible(false);
        previewBox.setWidthFull();
        problems.setWidthFull();
        result.removeAll();
        String text = "Imported: " + done.created() + " new, " + done.updated() + " updated, " + done.deactivated()
                + " deactivated.";
        var show = new Button("Show employees", e -> getUI().ifPresent(ui -> ui.navigate(EmployeesView.class)));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        result.add(new Paragraph(text), show);
        result.setVisible(true);
        upload.clearFileList();
        Toasts.success(text);
        if (!done.accounts().isEmpty()) {
            new CredentialsDialog(done.accounts()).open();
        }
    }

    private void startOver() {
        preview = null;
        forgetUpload();
        mapping.setVisible(false);
        previewBox.setVisible(false);
        previewBox.setWidthFull();
        problems.setWidthFull();
        result.setVisible(false);
        upload.clearFileList();
    }

    private interface Work<T> {
        T run(ImportProgress progress);
    }

    private <T> void runWork(String label, Work<T> task, Consumer<T> onDone) {
        UI ui = UI.getCurrent();
        setBusy(true, label);
        ImportProgress progressListener = (step, done, total) -> BackgroundWork.report(ui, () -> {
            progressText.setText(step + (total > 0 ? String.format(" %,d of %,d", done, total) : "") + "…");
            progress.setIndeterminate(total == 0);
            if (total > 0) {
                progress.setValue((double) done / total);
            }
        });
        work = BackgroundWork.run(ui, () -> task.run(progressListener), value -> {
            setBusy(false, "");
            onDone.accept(value);
        }, failure -> {
            setBusy(false, "");
            Toasts.error(failure instanceof BusinessRuleException ? failure.getMessage()
                    : "The import failed: " + Failures.logAndDescribe(failure, "importing employees"));
        });
    }

    private void setBusy(boolean busy, String label) {
        progressBox.setVisible(busy);
        progressText.setText(label + "…");
        progress.setIndeterminate(true);
        confirm.setEnabled(!busy && preview != null && preview.confirmable());
        startOver.setEnabled(!busy);
        upload.setEnabled(!busy);
        deactivateMissing.setEnabled(!busy);
        createAccounts.setEnabled(!busy);
    }
}
