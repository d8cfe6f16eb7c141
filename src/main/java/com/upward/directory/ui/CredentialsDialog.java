package com.upward.directory.ui;

import com.upward.base.CsvSafety;
import com.upward.directory.IssuedCredential;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** The one-time passwords of accounts an import created: shown once, downloadable once, never stored. */
class CredentialsDialog extends Dialog {

    CredentialsDialog(List<IssuedCredential> credentials) {
        setHeaderTitle(tr("directory.credentials.title", credentials.size()));
        setWidth("min(44rem, 96vw)");
        setCloseOnOutsideClick(false);
        add(new Paragraph(tr("directory.credentials.intro")));
        var grid = new Grid<IssuedCredential>();
        grid.addColumn(IssuedCredential::username).setHeader(tr("directory.credentials.username")).setAutoWidth(true);
        grid.addColumn(IssuedCredential::displayName).setHeader(tr("directory.credentials.name"));
        grid.addColumn(IssuedCredential::oneTimePassword).setHeader(tr("directory.credentials.password"))
                .setAutoWidth(true);
        grid.setItems(credentials);
        grid.setAllRowsVisible(credentials.size() <= 8);
        grid.setHeight(credentials.size() <= 8 ? null : "18rem");
        add(grid);

        var download = new Anchor();
        download.setHref(csv(credentials), AttachmentType.DOWNLOAD);
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(tr("directory.credentials.download")));
        download.addClassName("button-link");
        var done = new Button(tr("directory.credentials.done"), e -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(download, done);
    }

    private static DownloadHandler csv(List<IssuedCredential> credentials) {
        return event -> {
            event.setFileName("one-time-passwords.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            csv.printRecord("username", "one_time_password");
            for (IssuedCredential c : credentials) {
                csv.printRecord(CsvSafety.cell(c.username()), CsvSafety.cell(c.oneTimePassword()));
            }
            csv.flush();
        };
    }
}
