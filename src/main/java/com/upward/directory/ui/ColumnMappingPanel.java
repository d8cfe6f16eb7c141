package com.upward.directory.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.upward.directory.internal.ColumnMapping;
import com.upward.directory.internal.EmployeeImportService;
import com.upward.directory.internal.EmployeeImportService.MappingPreset;
import com.upward.directory.internal.FileColumns;
import com.upward.directory.internal.HrisColumn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mapping step of an import: for each template field, the column of the uploaded file that holds it (each
 * choice shows sample values from the file), the separator of multi-value cells, and saved mappings to choose from
 * or save to.
 */
class ColumnMappingPanel extends Div {

    static final String NOT_IN_FILE = "Not in the file";

    final Map<HrisColumn, Select<String>> fields = new EnumMap<>(HrisColumn.class);
    final Select<String> separator = new Select<>();
    final Select<MappingPreset> saved = new Select<>();
    final TextField presetName = new TextField("Save these columns as");
    final Button savePreset = new Button("Save mapping");
    final Button check = new Button("Check the file with these columns");
    final Paragraph status = new Paragraph();
    private final EmployeeImportService imports;
    private final Map<String, String> labels = new HashMap<>();

    ColumnMappingPanel(EmployeeImportService imports, Consumer<ColumnMapping> onCheck) {
        this.imports = imports;
        addClassName("column-mapping");
        var intro = new Paragraph("Choose the column of your file that holds each field. Columns named like the "
                + "template are chosen for you; a saved mapping fills in the rest.");
        intro.addClassName("page-intro");
        status.addClassName("import-verdict");
        status.getElement().setAttribute("role", "status");

        saved.setLabel("Saved mappings");
        saved.setItemLabelGenerator(p -> p == null ? "None" : p.name());
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption("None");
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2),
                new FormLayout.ResponsiveStep("62rem", 3));
        for (HrisColumn column : HrisColumn.values()) {
            var select = new Select<String>();
            select.setLabel(column.header());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(NOT_IN_FILE);
            select.setItemLabelGenerator(header -> header == null ? NOT_IN_FILE : labels.getOrDefault(header, header));
            select.setRequiredIndicatorVisible(column.required());
            select.addValueChangeListener(e -> {
                select.setInvalid(false);
                if (e.isFromClient()) {
                    showMissing();
                }
            });
            fields.put(column, select);
            form.add(select);
        }
        separator.setLabel("Values inside skills, interests and languages cells are separated by");
        separator.setItems(List.of("|", ";", ",", "/"));
        separator.setItemLabelGenerator(ColumnMapping.SEPARATORS::get);
        separator.setValue(HrisColumn.TAG_SEPARATOR);
        form.add(separator, 2);

        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> mapping().ifPresent(onCheck));
        presetName.setMaxLength(80);
        presetName.setPlaceholder("e.g. Workday export");
        savePreset.addClickListener(e -> save());
        var presets = new HorizontalLayout(presetName, savePreset);
        presets.setAlignItems(FlexComponent.Alignment.BASELINE);
        presets.setWrap(true);
        presets.getStyle().set("margin-block-start", "1rem");
        add(new H3("Columns"), intro, saved, form, status, check, presets);
    }

    /** Shows the file's columns, with the suggested mapping chosen. */
    void show(FileColumns file) {
        labels.clear();
        file.columns().forEach(c -> labels.put(c.header(), c.label()));
        List<String> headers = file.headers();
        fields.forEach((column, select) -> {
            select.setItems(headers);
            select.setValue(file.suggested().headerOf(column).orElse(null));
        });
        separator.setValue(file.suggested().tagSeparator());
        saved.setItems(imports.presets());
        saved.setValue(null);
        List<HrisColumn> missing = file.suggested().missingRequired();
        status.setText(missing.isEmpty() ? "" : "Your file's columns are not the template's. Choose the columns for "
                + String.join(", ", missing.stream().map(HrisColumn::header).toList())
                + " (or pick a saved mapping), then check the file.");
        status.setVisible(!missing.isEmpty());
    }

    /** After a choice: which required fields still have no column, or that the file can be checked. */
    private void showMissing() {
        List<String> missing = fields.entrySet().stream()
                .filter(e -> e.getKey().required() && e.getValue().getValue() == null)
                .map(e -> e.getKey().header()).toList();
        status.setText(missing.isEmpty() ? "Every required field has a column: check the file."
                : "Still to choose: " + String.join(", ", missing) + ".");
        status.setVisible(true);
    }

    /** The chosen columns, or empty with each missing required field marked. */
    Optional<ColumnMapping> mapping() {
        Map<HrisColumn, String> chosen = new EnumMap<>(HrisColumn.class);
        List<String> missing = new ArrayList<>();
        fields.forEach((column, select) -> {
            if (select.getValue() != null) {
                chosen.put(column, select.getValue());
            } else if (column.required()) {
                select.setErrorMessage("Choose the column that holds " + column.header() + ".");
                select.setInvalid(true);
                missing.add(column.header());
            }
        });
        if (!missing.isEmpty()) {
            status.setText("Choose a column for: " + String.join(", ", missing) + ".");
            status.setVisible(true);
            return Optional.empty();
        }
        return Optional.of(new ColumnMapping(chosen, separator.getValue()));
    }

    private void apply(MappingPreset preset) {
        List<String> absent = new ArrayList<>();
        fields.forEach((column, select) -> {
            String header = preset.mapping().headerOf(column).orElse(null);
            boolean inFile = header != null && labels.containsKey(header);
            select.setValue(inFile ? header : null);
            if (header != null && !inFile) {
                absent.add(header);
            }
        });
        separator.setValue(preset.mapping().tagSeparator());
        status.setText(absent.isEmpty() ? "The columns of \"" + preset.name() + "\" are chosen."
                : "Not in this file, from \"" + preset.name() + "\": " + String.join(", ", absent) + ".");
        status.setVisible(true);
    }

    private void save() {
        var chosen = mapping();
        if (chosen.isEmpty()) {
            return;
        }
        try {
            MappingPreset preset = imports.savePreset(presetName.getValue(), chosen.get());
            List<MappingPreset> all = imports.presets();
            saved.setItems(all);
            // the listed item, as read back: the one returned may differ in the precision of its time
            all.stream().filter(p -> p.id() == preset.id()).findFirst().ifPresent(saved::setValue);
            presetName.clear();
            presetName.setInvalid(false);
            Toasts.success("Mapping saved as \"" + preset.name() + "\".");
        } catch (BusinessRuleException refusal) {
            presetName.setErrorMessage(refusal.getMessage());
            presetName.setInvalid(true);
        }
    }
}
