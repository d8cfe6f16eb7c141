package com.upward.directory.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
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

import static com.upward.base.ui.Translations.tr;

/**
 * The mapping step of an import: for each template field, the column of the uploaded file that holds it (each
 * choice shows sample values from the file), the separator of multi-value cells, and saved mappings to choose from
 * or save to.
 */
class ColumnMappingPanel extends Div {

    final Map<HrisColumn, Select<String>> fields = new EnumMap<>(HrisColumn.class);
    final Select<String> separator = new Select<>();
    final Select<MappingPreset> saved = new Select<>();
    final TextField presetName = new TextField(tr("directory.mapping.preset-name"));
    final Button savePreset = new Button(tr("directory.mapping.save-preset"));
    final Button check = new Button(tr("directory.mapping.check"));
    final Paragraph status = new Paragraph();
    private final EmployeeImportService imports;
    private final Map<String, String> labels = new HashMap<>();

    ColumnMappingPanel(EmployeeImportService imports, Consumer<ColumnMapping> onCheck) {
        this.imports = imports;
        addClassName("column-mapping");
        var intro = new Paragraph(tr("directory.mapping.intro"));
        intro.addClassName("page-intro");
        status.addClassName("import-verdict");
        status.getElement().setAttribute("role", "status");

        String none = tr("directory.mapping.none");
        saved.setLabel(tr("directory.mapping.saved"));
        saved.setItemLabelGenerator(p -> p == null ? none : p.name());
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(none);
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2),
                new FormLayout.ResponsiveStep("62rem", 3));
        String notInFile = tr("directory.mapping.not-in-file");
        for (HrisColumn column : HrisColumn.values()) {
            var select = new Select<String>();
            select.setLabel(column.header());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(notInFile);
            select.setItemLabelGenerator(header -> header == null ? notInFile : labels.getOrDefault(header, header));
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
        separator.setLabel(tr("directory.mapping.separator"));
        separator.setItems(List.of("|", ";", ",", "/"));
        separator.setItemLabelGenerator(ColumnMappingPanel::separatorLabel);
        separator.setValue(HrisColumn.TAG_SEPARATOR);
        form.add(separator, 2);

        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> mapping().ifPresent(onCheck));
        presetName.setMaxLength(80);
        presetName.setPlaceholder(tr("directory.mapping.preset-placeholder"));
        savePreset.addClickListener(e -> save());
        var presets = new HorizontalLayout(presetName, savePreset);
        presets.setAlignItems(FlexComponent.Alignment.BASELINE);
        presets.setWrap(true);
        presets.getStyle().set("margin-block-start", "1rem");
        add(new H3(tr("directory.mapping.heading")), intro, saved, form, status, check, presets);
    }

    /** Shows the file's columns, with the suggested mapping chosen. */
    void show(FileColumns file) {
        labels.clear();
        file.columns().forEach(c -> labels.put(c.header(), label(c)));
        List<String> headers = file.headers();
        fields.forEach((column, select) -> {
            select.setItems(headers);
            select.setValue(file.suggested().headerOf(column).orElse(null));
        });
        separator.setValue(file.suggested().tagSeparator());
        saved.setItems(imports.presets());
        saved.setValue(null);
        List<HrisColumn> missing = file.suggested().missingRequired();
        status.setText(missing.isEmpty() ? "" : tr("directory.mapping.choose-missing",
                String.join(", ", missing.stream().map(HrisColumn::header).toList())));
        status.setVisible(!missing.isEmpty());
    }

    /** After a choice: which required fields still have no column, or that the file can be checked. */
    private void showMissing() {
        List<String> missing = fields.entrySet().stream()
                .filter(e -> e.getKey().required() && e.getValue().getValue() == null)
                .map(e -> e.getKey().header()).toList();
        status.setText(missing.isEmpty() ? tr("directory.mapping.all-chosen")
                : tr("directory.mapping.still-to-choose", String.join(", ", missing)));
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
                select.setErrorMessage(tr("directory.mapping.choose-column", column.header()));
                select.setInvalid(true);
                missing.add(column.header());
            }
        });
        if (!missing.isEmpty()) {
            status.setText(tr("directory.mapping.choose-for", String.join(", ", missing)));
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
        status.setText(absent.isEmpty() ? tr("directory.mapping.preset-applied", preset.name())
                : tr("directory.mapping.preset-absent", preset.name(), String.join(", ", absent)));
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
            Toasts.success(tr("directory.mapping.preset-saved", preset.name()));
        } catch (BusinessRuleException refusal) {
            presetName.setErrorMessage(tr(refusal.text()));
            presetName.setInvalid(true);
        }
    }

    /** "Employee ID · e.g. 10023, 10024": a column of the file with sample values, to recognise it by. */
    static String label(FileColumns.Column column) {
        return tr(column.label());
    }

    /** The words for a separator HR may choose. */
    static String separatorLabel(String separator) {
        Text words = ColumnMapping.SEPARATORS.get(separator);
        return words == null ? separator : tr(words);
    }
}
