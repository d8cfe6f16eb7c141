package com.upward.program.ui;

import com.upward.base.ui.Grids;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.ProgramRow;
import com.upward.program.internal.ProgramService;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import static com.upward.base.ui.Translations.tr;

/** All programs; each leads to its page with its cohorts. */
@Route("programs")
@Menu(order = 20, icon = "vaadin:academy-cap", title = "Programs")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ProgramRow> grid = new Grid<>(ProgramRow.class, false);
    final TextField search = new TextField();
    final Checkbox showInactive = new Checkbox(tr("program.programs.show-inactive"));
    final Button create = new Button(tr("program.programs.new"), VaadinIcon.PLUS.create());

    private final ProgramService programs;
    private final long currentUserId;

    ProgramsView(ProgramService programs, CurrentUser currentUser) {
        this.programs = programs;
        this.currentUserId = currentUser.require().userId();
        setSizeFull();
        var intro = new Paragraph(tr("program.programs.intro"));
        intro.addClassName("page-intro");

        search.setPlaceholder(tr("program.programs.search"));
        search.setAriaLabel(tr("program.programs.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        showInactive.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new ProgramDialog(programs, null, currentUserId, id ->
                getUI().ifPresent(ui -> ui.navigate(ProgramView.class, new RouteParameters("programId",
                        String.valueOf(id))))).open());
        var toolbar = new HorizontalLayout(search, showInactive, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(showInactive);

        grid.addComponentColumn(row -> new RouterLink(row.name(), ProgramView.class,
                new RouteParameters("programId", String.valueOf(row.id()))))
                .setHeader(tr("program.programs.column.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(ProgramRow::ownerName).setHeader(tr("program.programs.column.owner"))
                .setSortProperty("o.displayName");
        grid.addColumn(ProgramRow::cohorts).setHeader(tr("program.programs.column.cohorts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.active() ? tr("program.programs.active") : tr("program.programs.inactive"))
                .setHeader(tr("program.programs.column.status")).setSortProperty("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(tr("program.programs.column.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(tr("program.programs.empty"));
        grid.setItemsPageable(pageable -> programs.findPrograms(search.getValue(), showInactive.getValue(), pageable)
                .getContent());
        grid.setAriaLabel(tr("program.programs.grid"));
        Grids.sortBy(grid, "name");

        add(intro, toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return tr("program.programs.title");
    }

    private HorizontalLayout actions(ProgramRow row) {
        var edit = new Button(tr("program.programs.edit"), e -> programs.program(row.id()).ifPresentOrElse(
                details -> new ProgramDialog(programs, details, currentUserId, id -> grid.getDataProvider().refreshAll())
                        .open(),
                () -> Toasts.error(tr("program.programs.gone"))));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(tr("program.programs.edit-aria", row.name()));
        var toggle = new Button(row.active() ? tr("program.programs.deactivate") : tr("program.programs.activate"),
                e -> toggle(row));
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        if (row.active()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        toggle.setAriaLabel(row.active() ? tr("program.programs.deactivate-aria", row.name())
                : tr("program.programs.activate-aria", row.name()));
        var actions = new HorizontalLayout(edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void toggle(ProgramRow row) {
        Runnable change = () -> {
            var checks = new Checks();
            if (checks.run(() -> programs.setActive(row.id(), row.version(), !row.active()))) {
                Toasts.success(row.active() ? tr("program.programs.deactivated") : tr("program.programs.activated"));
                grid.getDataProvider().refreshAll();
            }
        };
        if (row.active()) {
            Confirm.ask(tr("program.programs.deactivate-title", row.name()), tr("program.programs.deactivate-text"),
                    tr("program.programs.deactivate"), true, change);
        } else {
            change.run();
        }
    }
}
