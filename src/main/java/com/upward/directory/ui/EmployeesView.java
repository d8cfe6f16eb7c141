package com.upward.directory.ui;

import com.upward.base.ui.Translations;
import com.upward.base.i18n.Messages;
import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeFilter;
import com.upward.directory.EmployeeSummary;
import com.upward.directory.FilterOptions.Facet;
import com.upward.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import static com.upward.base.ui.Translations.tr;

/** The directory: the whole company a page at a time, filters, the edit dialog, import and export. */
@Route("employees")
@Menu(order = 10, icon = "vaadin:users", title = "Employees")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmployeesView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter's choices. */
    enum Status { ALL, ACTIVE, INACTIVE }

    private final DirectoryService directory;
    final PagedTable<EmployeeSummary> table;
    final TextField search = new TextField();
    final ComboBox<String> department;
    final ComboBox<String> location;
    final IntegerField minLevel = levelField(tr("directory.view.level-from"));
    final IntegerField maxLevel = levelField(tr("directory.view.level-to"));
    final ComboBox<String> skill;
    final Select<Status> status = new Select<>();
    final Span count = new Span();
    private volatile EmployeeFilter filter = EmployeeFilter.ALL; // read by the export download, off the UI thread

    EmployeesView(DirectoryService directory, Clock clock) {
        this.directory = directory;
        setSizeFull();
        addClassName("employees-view");

        search.setPlaceholder(tr("directory.view.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("13rem");
        search.setAriaLabel(tr("directory.view.search.aria-label"));
        department = filterSelect(tr("directory.view.department"), Facet.DEPARTMENT);
        location = filterSelect(tr("directory.view.location"), Facet.LOCATION);
        skill = filterSelect(tr("directory.view.skill"), Facet.SKILL);
        status.setLabel(tr("directory.view.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(choice -> tr("directory.view.status." + choice.name()));
        status.setValue(Status.ALL);
        status.setWidth("7rem");
        search.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        location.addValueChangeListener(e -> refresh());
        skill.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        minLevel.addValueChangeListener(e -> refresh());
        maxLevel.addValueChangeListener(e -> refresh());
        var clear = new Button(tr("directory.view.clear-filters"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        var filters = new HorizontalLayout(search, department, location, minLevel, maxLevel, skill, status, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("directory-filters");

        var add = new Button(tr("directory.view.new-employee"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var importButton = new Button(tr("directory.view.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EmployeeImportView.class)));
        var export = new Anchor();
        export.setHref(exportHandler(clock), AttachmentType.DOWNLOAD);
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(tr("directory.view.export")));
        export.addClassName("button-link");
        export.getElement().setAttribute("aria-label", tr("directory.view.export.aria-label"));
        count.addClassName("result-count");
        var actions = new HorizontalLayout(count, add, importButton, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("directory-actions");

        String active = tr("directory.view.status." + Status.ACTIVE.name());
        String inactive = tr("directory.view.status." + Status.INACTIVE.name());
        table = new PagedTable<>(tr("directory.view.title"), EmployeeSummary::id,
                Column.text("employeeNumber", tr("directory.view.column.number"), EmployeeSummary::employeeNumber),
                Column.text("name", tr("directory.view.column.name"), EmployeeSummary::fullName)
                        .sortingBy("lastName", "firstName"),
                Column.text("email", tr("directory.view.column.email"), EmployeeSummary::email),
                Column.text("department", tr("directory.view.department"), EmployeeSummary::department),
                Column.text("jobTitle", tr("directory.view.column.job-title"), EmployeeSummary::jobTitle),
                Column.number("jobLevel", tr("directory.view.column.level"), EmployeeSummary::jobLevel),
                Column.text("location", tr("directory.view.location"), EmployeeSummary::location),
                Column.<EmployeeSummary>text("status", tr("directory.view.status"),
                        e -> e.active() ? active : inactive).sortingBy("active"));
        table.setItemsPageable(pageable -> directory.findEmployees(filter, pageable).getContent(),
                pageable -> directory.countEmployees(filter));
        table.setEmptyText(tr("directory.view.empty"));
        table.onOpen("name", tr("directory.view.edit"), employee -> openEditor(employee.id()));
        table.sortBy("name", false);

        add(actions, filters, table);
        refresh();
    }

    private static IntegerField levelField(String label) {
        var field = new IntegerField(label);
        field.setMin(1);
        field.setMax(10);
        field.setWidth("6rem");
        return field;
    }

    /** The list is read when the box is opened or typed in, and filtered here; the session keeps what was sent. */
    private ComboBox<String> filterSelect(String label, Facet facet) {
        var box = new ComboBox<String>(label);
        box.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return directory.filterValues(facet).stream().filter(v -> v.toLowerCase(Locale.ROOT).contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        box.setClearButtonVisible(true);
        box.setPlaceholder(tr("directory.view.any"));
        box.setWidth("9.5rem");
        return box;
    }

    void clearFilters() {
        search.clear();
        department.clear();
        location.clear();
        minLevel.clear();
        maxLevel.clear();
        skill.clear();
        status.setValue(Status.ALL);
    }

    void refresh() {
        Integer from = minLevel.getValue();
        Integer to = maxLevel.getValue();
        minLevel.setInvalid(from != null && (from < 1 || from > 10));
        maxLevel.setInvalid(to != null && (to < 1 || to > 10 || from != null && to < from));
        maxLevel.setErrorMessage(to != null && from != null && to < from ? tr("directory.view.level.below-from")
                : tr("directory.view.level.range"));
        minLevel.setErrorMessage(tr("directory.view.level.range"));
        if (minLevel.isInvalid() || maxLevel.isInvalid()) {
            return;
        }
        filter = new EmployeeFilter(search.getValue(), department.getValue(), location.getValue(), from, to,
                skill.getValue(), switch (Objects.requireNonNullElse(status.getValue(), Status.ALL)) {
                    case ACTIVE -> Boolean.TRUE;
                    case INACTIVE -> Boolean.FALSE;
                    case ALL -> null;
                });
        table.refresh();
        showCount();
    }

    private void showCount() {
        long matching = table.total();
        count.setText(tr("directory.view.count", matching));
    }

    private void openEditor(Long employeeId) {
        var dialog = new EmployeeDialog(directory, employeeId, () -> {
            table.reload();
            showCount();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return tr("directory.view.title");
    }

    private DownloadHandler exportHandler(Clock clock) {
        Locale locale = Translations.locale(); // read here: the download request has no current UI
        return event -> {
            event.setFileName(Messages.shared().format(locale, "directory.csv.file-name",
                    LocalDate.now(clock).toString()));
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            directory.exportCsv(filter, writer);
            writer.flush();
        };
    }
}
