package com.upward.directory.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.Toasts;
import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeDetails;
import com.upward.directory.EmployeeRef;
import com.upward.directory.internal.EmployeeRules;
import com.upward.directory.FilterOptions;
import com.upward.directory.internal.HrisColumn;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.upward.base.ui.Translations.tr;

/** Create or edit one employee. Checks beside each field; the service checks again and names the field it refuses. */
class EmployeeDialog extends Dialog {

    final TextField employeeNumber = text(tr("directory.dialog.employee-number"), HrisColumn.EMPLOYEE_NUMBER);
    final TextField firstName = text(tr("directory.dialog.first-name"), HrisColumn.FIRST_NAME);
    final TextField lastName = text(tr("directory.dialog.last-name"), HrisColumn.LAST_NAME);
    final EmailField email = new EmailField(tr("directory.dialog.email"));
    final ComboBox<String> department = new ComboBox<>(tr("directory.dialog.department"));
    final TextField jobTitle = text(tr("directory.dialog.job-title"), HrisColumn.JOB_TITLE);
    final IntegerField jobLevel = new IntegerField(tr("directory.dialog.job-level"));
    final ComboBox<String> location = new ComboBox<>(tr("directory.dialog.location"));
    final ComboBox<String> timeZone = new ComboBox<>(tr("directory.dialog.time-zone"));
    final ComboBox<EmployeeRef> manager = new ComboBox<>(tr("directory.dialog.manager"));
    final DatePicker hireDate = new LocalizedDatePicker(tr("directory.dialog.hire-date"));
    final Checkbox active = new Checkbox(tr("directory.dialog.active"));
    final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>(tr("directory.dialog.skills"));
    final MultiSelectComboBox<String> interests = new MultiSelectComboBox<>(tr("directory.dialog.interests"));
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(tr("directory.dialog.languages"));
    final Button save = new Button(tr("directory.dialog.save"));
    private final Button reload = new Button(tr("directory.dialog.reload"));
    private final Binder<EmployeeDraft> binder = new Binder<>();
    private final DirectoryService directory;
    private final Long employeeId;
    private final Runnable onSaved;
    private EmployeeDraft draft;

    EmployeeDialog(DirectoryService directory, Long employeeId, Runnable onSaved) {
        this.directory = directory;
        this.employeeId = employeeId;
        this.onSaved = onSaved;
        addClassName("employee-dialog");
        setWidth("min(52rem, 96vw)");
        FilterOptions options = directory.filterOptions();

        email.setMaxLength(HrisColumn.EMAIL.maxLength());
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(tr(EmployeeRules.BAD_EMAIL))
                .setRequiredErrorMessage(tr(EmployeeRules.REQUIRED))
                .setMaxLengthErrorMessage(tr(EmployeeRules.tooLong(HrisColumn.EMAIL.maxLength()))));
        customValues(department, options.departments(), HrisColumn.DEPARTMENT);
        customValues(location, options.locations(), HrisColumn.LOCATION);
        timeZone.setItems(EmployeeRules.timeZones());
        jobLevel.setMin(EmployeeRules.MIN_LEVEL);
        jobLevel.setMax(EmployeeRules.MAX_LEVEL);
        jobLevel.setStepButtonsVisible(true);
        String badLevel = tr(EmployeeRules.BAD_LEVEL);
        jobLevel.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(badLevel)
                .setMaxErrorMessage(badLevel).setBadInputErrorMessage(badLevel).setRequiredErrorMessage(badLevel));
        jobLevel.setHelperText(tr("directory.dialog.job-level.helper"));
        manager.setItemsPageable((pageable, filter) -> directory.findManagerCandidates(filter, employeeId, pageable));
        manager.setItemLabelGenerator(EmployeeRef::label);
        manager.setClearButtonVisible(true);
        manager.setHelperText(tr("directory.dialog.manager.helper"));
        hireDate.setClearButtonVisible(true);
        tags(skills, options.skills());
        tags(interests, options.interests());
        tags(languages, options.languages());

        bind();
        var form = new FormLayout(employeeNumber, email, firstName, lastName, department, jobTitle, jobLevel,
                location, timeZone, hireDate, manager, active, skills, interests, languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(manager, 1);
        form.setColspan(skills, 2);
        form.setColspan(interests, 2);
        form.setColspan(languages, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(tr("directory.dialog.cancel"), e -> close());
        reload.addThemeVariants(ButtonVariant.TERTIARY);
        reload.setVisible(false);
        reload.addClickListener(e -> load());
        getFooter().add(reload, cancel, save);
        load();
    }

    private void bind() {
        String required = tr(EmployeeRules.REQUIRED);
        String badLevel = tr(EmployeeRules.BAD_LEVEL);
        binder.forField(employeeNumber).asRequired(required)
                .withValidator(maxLength(HrisColumn.EMPLOYEE_NUMBER))
                .bind(EmployeeDraft::getEmployeeNumber, EmployeeDraft::setEmployeeNumber);
        binder.forField(firstName).asRequired(required).withValidator(maxLength(HrisColumn.FIRST_NAME))
                .bind(EmployeeDraft::getFirstName, EmployeeDraft::setFirstName);
        binder.forField(lastName).asRequired(required).withValidator(maxLength(HrisColumn.LAST_NAME))
                .bind(EmployeeDraft::getLastName, EmployeeDraft::setLastName);
        binder.forField(email).asRequired(required).withValidator(maxLength(HrisColumn.EMAIL))
                .withValidator(v -> EmployeeRules.isEmail(v.strip()), tr(EmployeeRules.BAD_EMAIL))
                .bind(EmployeeDraft::getEmail, EmployeeDraft::setEmail);
        binder.forField(department).asRequired(required)
                .bind(EmployeeDraft::getDepartment, EmployeeDraft::setDepartment);
        binder.forField(jobTitle).asRequired(required).withValidator(maxLength(HrisColumn.JOB_TITLE))
                .bind(EmployeeDraft::getJobTitle, EmployeeDraft::setJobTitle);
        binder.forField(jobLevel).asRequired(badLevel)
                .withValidator(EmployeeRules::isLevel, badLevel)
                .bind(EmployeeDraft::getJobLevel, EmployeeDraft::setJobLevel);
        binder.forField(location).asRequired(required)
                .bind(EmployeeDraft::getLocation, EmployeeDraft::setLocation);
        binder.forField(timeZone).asRequired(required)
                .withValidator(EmployeeRules::isTimeZone, tr(EmployeeRules.BAD_TIME_ZONE))
                .bind(EmployeeDraft::getTimeZone, EmployeeDraft::setTimeZone);
        binder.forField(manager).bind(EmployeeDraft::getManager, EmployeeDraft::setManager);
        binder.forField(hireDate).bind(EmployeeDraft::getHireDate, EmployeeDraft::setHireDate);
        binder.forField(active).bind(EmployeeDraft::isActive, EmployeeDraft::setActive);
        binder.forField(skills).withValidator(tagLength(HrisColumn.SKILLS))
                .bind(EmployeeDraft::getSkills, EmployeeDraft::setSkills);
        binder.forField(interests).withValidator(tagLength(HrisColumn.INTERESTS))
                .bind(EmployeeDraft::getInterests, EmployeeDraft::setInterests);
        binder.forField(languages).withValidator(tagLength(HrisColumn.LANGUAGES))
                .bind(EmployeeDraft::getLanguages, EmployeeDraft::setLanguages);
    }

    /** Reads the employee (again, after a conflict), or starts a blank one. */
    private void load() {
        reload.setVisible(false);
        draft = employeeId == null ? new EmployeeDraft() : EmployeeDraft.of(directory.employee(employeeId));
        setHeaderTitle(employeeId == null ? tr("directory.dialog.new-title")
                : tr("directory.dialog.edit-title", draft.getFirstName(), draft.getLastName()));
        include(skills, draft.getSkills());
        include(interests, draft.getInterests());
        include(languages, draft.getLanguages());
        binder.readBean(draft);
        (employeeId == null ? employeeNumber : firstName).focus();
    }

    void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            directory.saveEmployee(draft.toDetails());
        } catch (BusinessRuleException refusal) {
            FieldErrors.show(refusal, fieldsByName());
            reload.setVisible(refusal.getField() == null && employeeId != null);
            return;
        }
        Toasts.success(tr("directory.dialog.saved", draft.getFirstName(), draft.getLastName()));
        close();
        onSaved.run();
    }

    private Map<String, HasValidation> fieldsByName() {
        return Map.ofEntries(Map.entry("employeeNumber", employeeNumber), Map.entry("firstName", firstName),
                Map.entry("lastName", lastName), Map.entry("email", email), Map.entry("department", department),
                Map.entry("jobTitle", jobTitle), Map.entry("jobLevel", jobLevel), Map.entry("location", location),
                Map.entry("timeZone", timeZone), Map.entry("manager", manager), Map.entry("skills", skills),
                Map.entry("interests", interests), Map.entry("languages", languages));
    }

    private static TextField text(String label, HrisColumn column) {
        var field = new TextField(label);
        field.setMaxLength(column.maxLength());
        // the browser stops typing at the limit; a longer value from elsewhere is refused with this message
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(tr(EmployeeRules.tooLong(column.maxLength()))));
        return field;
    }

    private static Validator<String> maxLength(HrisColumn column) {
        return (value, context) -> value != null && value.strip().length() > column.maxLength()
                ? ValidationResult.error(tooLong(column, value.strip().length()))
                : ValidationResult.ok();
    }

    private static Validator<Set<String>> tagLength(HrisColumn column) {
        return (tags, context) -> tags.stream()
                .filter(tag -> tag.length() > column.maxLength() || tag.contains(HrisColumn.TAG_SEPARATOR))
                .findFirst()
                .map(tag -> ValidationResult.error(tag.contains(HrisColumn.TAG_SEPARATOR)
                        ? tr("directory.field.tag-separator", HrisColumn.TAG_SEPARATOR)
                        : tooLong(column, tag.length())))
                .orElse(ValidationResult.ok());
    }

    /** "At most 100 characters (this has 120)." */
    private static String tooLong(HrisColumn column, int length) {
        return tr(EmployeeRules.tooLong(column.maxLength(), length));
    }

    /** A free-text field that suggests the directory's existing values, so that spellings stay consistent. */
    private static void customValues(ComboBox<String> box, List<String> existing, HrisColumn column) {
        List<String> items = new ArrayList<>(existing);
        box.setItems(items);
        box.setAllowCustomValue(true);
        box.setHelperText(tr("directory.dialog.pick-or-type"));
        box.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (value.length() > column.maxLength()) {
                box.setErrorMessage(tooLong(column, value.length()));
                box.setInvalid(true);
                return;
            }
            if (!items.contains(value)) {
                items.add(value);
                box.setItems(items);
            }
            box.setValue(value);
        });
    }

    private static void tags(MultiSelectComboBox<String> box, List<String> existing) {
        box.setItems(new TreeSet<>(existing));
        box.setAllowCustomValue(true);
        box.setHelperText(tr("directory.dialog.tags-helper"));
        box.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (!value.isEmpty()) {
                Set<String> selected = new LinkedHashSet<>(box.getValue());
                selected.add(value);
                include(box, selected);
                box.setValue(selected);
            }
        });
    }

    /** Makes sure the values are among the box's items (the distinct list may spell them differently). */
    private static void include(MultiSelectComboBox<String> box, Set<String> values) {
        Set<String> items = new TreeSet<>(box.getListDataView().getItems().toList());
        if (!items.containsAll(values)) {
            items.addAll(values);
            box.setItems(items);
        }
    }
}
