package com.upward.directory.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
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
import com.vaadin.flow.router.HasDynamicTitle;
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

import static com.upward.base.ui.Translations.tr;

/**
 * HRIS import in two steps: upload and check (every row, summary and problems), then confirm. Reading, checking and
 * writing run off the UI thread with a progress bar; the page stays usable.
 */
@Route("employees/import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmployeeImportView extends VerticalLayout implements HasDynamicTitle {

    private final EmployeeImportService imports;
    final Checkbox deactivateMissing = new Checkbox(tr("directory.import.deactivate-missing"));
    final Checkbox createAccounts = new Checkbox(tr("directory.import.create-accounts"));
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
    final Button confirm = new Button(tr("directory.import.confirm"));
    final Button startOver = new Button(tr("directory.import.start-over"));
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

        var back = new Anchor("employees", tr("directory.import.back"));
        var intro = new Paragraph(tr("directory.import.intro"));
        var sample = new Anchor();
        sample.setHref(DownloadHandler.forClassResource(EmployeeImportService.class, "hris-import-sample.csv",
                "hris-import-sample.csv"), AttachmentType.DOWNLOAD);
        sample.add(VaadinIcon.FILE_TEXT_O.create(), new Span(tr("directory.import.sample")));
        sample.addClassName("button-link");

        deactivateMissing.setHelperText(tr("directory.import.deactivate-missing.helper"));
        createAccounts.setHelperText(tr("directory.import.create-accounts.helper"));
        createAccounts.setVisible(authentication.hasRole(Role.Names.ADMIN));
        deactivateMissing.addValueChangeListener(e -> recheck());
        createAccounts.addValueChangeListener(e -> recheck());

        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(ImportUpload.MAX_BYTES);
        uploads = new BoundedUpload(UI.getCurrent());
        upload.setUploadHandler(uploads);
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));
        upload.setDropLabel(new Span(tr("directory.import.drop-label")));
        upload.setI18n(uploadI18n());

        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", tr("directory.import.progress.aria-label"));
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);

        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> askToConfirm());
        startOver.addClickListener(e -> startOver());
        String wholeFile = tr("directory.import.problems.file");
        String wholeRow = tr("directory.import.problems.whole-row");
        problems.addColumn(p -> p.row() == 0 ? wholeFile : String.valueOf(p.row()))
                .setHeader(tr("directory.import.problems.row"))
                .setComparator(Comparator.comparingInt(ImportProblem::row)).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column().isEmpty() ? wholeRow : p.column())
                .setHeader(tr("directory.import.problems.column"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> tr(p.reason())).setHeader(tr("directory.import.problems.reason")).setFlexGrow(1);
        problems.setAriaLabel(tr("directory.import.problems.aria-label"));
        problems.addClassName("import-problems");
        problems.setHeight("22rem");
        summary.addClassName("import-summary");
        verdict.addClassName("import-verdict");
        warnings.addClassName("import-warnings");
        warnings.getElement().setAttribute("role", "alert");
        warnings.setVisible(false);
        previewBox.add(new H3(tr("directory.import.preview")), summary, verdict, warnings,
                new HorizontalLayout(confirm, startOver), problems);
        previewBox.setVisible(false);
        previewBox.setWidthFull();
        problems.setWidthFull();
        result.addClassName("import-result");
        result.setVisible(false);

        add(back, intro, ImportTexts.fileFormat(), sample, deactivateMissing, createAccounts, upload, progressBox, mapping,
                previewBox, result);
    }

    @Override
    public String getPageTitle() {
        return tr("directory.import.title");
    }

    /** The upload's own words: its button, and what it says while uploading or when it refuses a file. */
    private static UploadI18N uploadI18n() {
        String add = tr("directory.import.upload.add");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setError(new UploadI18N.Error().setTooManyFiles(tr("directory.import.upload.too-many-files"))
                        .setFileIsTooBig(tr("directory.import.upload.file-too-big"))
                        .setIncorrectFileType(tr("directory.import.upload.incorrect-file-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(tr("directory.import.upload.connecting"))
                                .setStalled(tr("directory.import.upload.stalled"))
                                .setProcessing(tr("directory.import.upload.processing"))
                                .setHeld(tr("directory.import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(tr("directory.import.upload.remaining") + " ")
                                .setUnknown(tr("directory.import.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(tr("directory.import.upload.server-unavailable"))
                                .setUnexpectedServerError(tr("directory.import.upload.server-error"))
                                .setForbidden(tr("directory.import.upload.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(tr("directory.import.upload.retry"))
                        .setStart(tr("directory.import.upload.start"))
                        .setRemove(tr("directory.import.upload.remove")));
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
                event.reject(tr(tooLarge.text()));
                ui.access(() -> refuse(tooLarge.text()));
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
        String reading = tr("directory.import.reading-columns", fileName);
        runWork(reading, progress -> imports.columns(fileName, file), columns -> {
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
        runWork(tr("directory.import.checking", fileName),
                progress -> imports.preview(fileName, file, columns, options, progress), this::showPreview);
    }

    private void forgetUpload() {
        if (uploaded != null) {
            ImportUpload.delete(uploaded);
            uploaded = null;
        }
    }

    private void refuse(Text message) {
        upload.clearFileList();
        Toasts.error(tr(message));
    }

    /** The options changed after a check: check the same file again. */
    private void recheck() {
        if (preview != null && work.isDone()) {
            var file = preview.file();
            ImportOptions options = options();
            runWork(tr("directory.import.checking", file.fileName()),
                    progress -> imports.preview(file, options, progress), this::showPreview);
        }
    }

    void showPreview(ImportPreview checked) {
        preview = checked;
        result.setVisible(false);
        summary.removeAll();
        summary.add(Tiles.of(Tiles.tile(checked.created(), tr("directory.import.tile.new")),
                Tiles.tile(checked.updated(), tr("directory.import.tile.updated")),
                Tiles.tile(checked.unchanged(), tr("directory.import.tile.unchanged")),
                Tiles.tile(checked.deactivated(), tr("directory.import.tile.deactivated")),
                Tiles.tile(checked.rejected(), tr("directory.import.tile.rejected"))));
        verdict.setText(verdict(checked));
        verdict.getElement().setAttribute("role", "status");
        verdict.getClassNames().set("blocked", !checked.confirmable());
        confirm.setEnabled(checked.confirmable());
        problems.setItems(checked.problems());
        problems.setVisible(!checked.problems().isEmpty());
        if (checked.problemCount() > checked.problems().size()) {
            verdict.add(new Span(" " + tr("directory.import.first-problems", checked.problems().size(),
                    checked.problemCount())));
        }
        if (!checked.file().ignoredColumns().isEmpty()) {
            verdict.add(new Span(" " + tr("directory.import.ignored-columns",
                    ImportTexts.ignored(checked.file().ignoredColumns()))));
        }
        warnings.removeAll();
        checked.warnings().forEach(warning -> warnings.add(new Paragraph(tr(warning))));
        warnings.setVisible(!checked.warnings().isEmpty());
        previewBox.setVisible(true);
    }

    /** Whether the checked file can be imported, and if not why, in the reader's language. */
    private static String verdict(ImportPreview checked) {
        return checked.confirmable() ? tr("directory.import.all-valid", checked.file().rowCount())
                : tr(checked.whyNotConfirmable());
    }

    private void askToConfirm() {
        if (preview == null || !preview.confirmable()) {
            return;
        }
        if (preview.deactivated() == 0) {
            write();
            return;
        }
        var dialog = new ConfirmDialog(tr("directory.import.deactivate.title", preview.deactivated()),
                tr("directory.import.deactivate.text", preview.deactivated()),
                tr("directory.import.deactivate.confirm"), e -> write());
        dialog.setCancelable(true);
        dialog.setCancelText(tr("directory.import.deactivate.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Step 2: write everything in one transaction, in the background. */
    void write() {
        ImportPreview confirmed = preview;
        runWork(tr("directory.import.importing", confirmed.file().fileName()),
                progress -> imports.confirm(confirmed, progress), this::showResult);
    }

    private void showResult(ImportResult done) {
        preview = null;
        forgetUpload();
        mapping.setVisible(false);
        previewBox.setVisible(false);
        previewBox.setWidthFull();
        problems.setWidthFull();
        result.removeAll();
        String text = tr("directory.import.imported", done.created(), done.updated(), done.deactivated());
        var show = new Button(tr("directory.import.show-employees"),
                e -> getUI().ifPresent(ui -> ui.navigate(EmployeesView.class)));
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
            progressText.setText(total > 0 ? tr("directory.import.progress.counted", tr(step), done, total)
                    : tr("directory.import.progress.step", tr(step)));
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
            Toasts.error(failure instanceof BusinessRuleException refusal ? tr(refusal.text())
                    : tr("directory.import.failed", Failures.logAndDescribe(failure, "importing employees")));
        });
    }

    /** A step the import service reports (in English), in the reader's language; an unknown one as it came. */
    private void setBusy(boolean busy, String label) {
        progressBox.setVisible(busy);
        progressText.setText(tr("directory.import.progress.step", label));
        progress.setIndeterminate(true);
        confirm.setEnabled(!busy && preview != null && preview.confirmable());
        startOver.setEnabled(!busy);
        upload.setEnabled(!busy);
        deactivateMissing.setEnabled(!busy);
        createAccounts.setEnabled(!busy);
    }
}
