package com.upward.directory.ui;

import com.upward.base.Texts;
import com.upward.directory.internal.HrisColumn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static com.upward.base.ui.Translations.tr;

/** The import page's fixed wording: the file format it takes, and the list of columns it ignored. */
final class ImportTexts {

    private static final int IGNORED_LISTED = 20;

    private ImportTexts() {
    }

    static Component fileFormat() {
        String required = Arrays.stream(HrisColumn.values()).filter(HrisColumn::required)
                .map(HrisColumn::header).collect(Collectors.joining(", "));
        String optional = Arrays.stream(HrisColumn.values()).filter(c -> !c.required())
                .map(HrisColumn::header).collect(Collectors.joining(", "));
        var details = new Details(tr("directory.import.format.title"), new Div(
                new Paragraph(tr("directory.import.format.required", required)),
                new Paragraph(tr("directory.import.format.optional", optional)),
                new Paragraph(tr("directory.import.format.rules", HrisColumn.TAG_SEPARATOR))));
        details.addClassName("import-template");
        return details;
    }

    /** The first names of the ignored columns, each abbreviated: a file may have hundreds. */
    static String ignored(List<String> columns) {
        String listed = columns.stream().limit(IGNORED_LISTED).map(c -> Texts.abbreviate(c, 40))
                .collect(Collectors.joining(", "));
        return columns.size() <= IGNORED_LISTED ? listed
                : tr("directory.import.ignored-more", listed, columns.size() - IGNORED_LISTED);
    }
}
