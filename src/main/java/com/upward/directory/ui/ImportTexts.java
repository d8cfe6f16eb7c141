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
        var details = new Details("File format", new Div(
                new Paragraph("Required columns: " + required + "."),
                new Paragraph("Optional columns: " + optional + "."),
                new Paragraph("Columns named like the template are found in any order and any case; after the"
                        + " upload you choose the column for any other name, and can save those choices for the"
                        + " next file. Employees are matched by employee_number. Put several skills, interests or"
                        + " languages in one cell separated by \"" + HrisColumn.TAG_SEPARATOR + "\" (or choose"
                        + " your file's separator). Dates are yyyy-MM-dd; job_level is 1 to 10; active is true or"
                        + " false.")));
        details.addClassName("import-template");
        return details;
    }

    /** The first names of the ignored columns, each abbreviated: a file may have hundreds. */
    static String ignored(List<String> columns) {
        String listed = columns.stream().limit(IGNORED_LISTED).map(c -> Texts.abbreviate(c, 40))
                .collect(Collectors.joining(", "));
        return columns.size() <= IGNORED_LISTED ? listed
                : listed + " and " + String.format("%,d", columns.size() - IGNORED_LISTED) + " more";
    }
}
