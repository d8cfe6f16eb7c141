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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** All programs; each leads to its page with its cohorts. */
@Route("programs")
@PageTitle("Programs")
@Menu(order = 20, icon = "vaadin:academy-cap", title = "Programs")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class ProgramsView extends VerticalLayout {

    final Grid<ProgramRow> grid = new Grid<>(ProgramRow.class, false);
    final TextField search = new TextField();
    final Checkbox showInactive = new Checkbox("Show inactive programs");
    final Button create = new Button("New program", VaadinIcon.PLUS.create());

    private final ProgramService programs;
    private final long currentUserId;

    ProgramsView(ProgramService programs, CurrentUser currentUser) {
        this.programs = programs;
        this.currentUserId = currentUser.require().userId();
        setSizeFull();
        var intro = new Paragraph("A program is a long-lived mentoring initiative; each run of it is a cohort.");
        intro.addClassName("page-intro");

        search.setPlaceholder("Search programs");
        search.setAriaLabel("Search programs");
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
                new RouteParameters("programId", String.valueOf(row.id())))).setHeader("Name")
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(ProgramRow::ownerName).setHeader("Owner").setSortProperty("o.displayName");
        grid.addColumn(ProgramRow::cohorts).setHeader("Cohorts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.active() ? "Active" : "Inactive").setHeader("Status").setSortProperty("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No programs to show. Create one with \"New program\", or clear the search.");
        grid.setItemsPageable(pageable -> programs.findPrograms(search.getValue(), showInactive.getValue(), pageable)
                .getContent());
        grid.setAriaLabel("Programs");
        Grids.sortBy(grid, "name");

        add(intro, toolbar, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(ProgramRow row) {
        var edit = new Button("Edit", e -> programs.program(row.id()).ifPresentOrElse(
                details -> new ProgramDialog(programs, details, currentUserId, id -> grid.getDataProvider().refreshAll())
                        .open(),
                () -> Toasts.error("This program no longer exists.")));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel("Edit " + row.name());
        var toggle = new Button(row.active() ? "Deactivate" : "Activate", e -> toggle(row));
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        if (row.active()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        toggle.setAriaLabel((row.active() ? "Deactivate " : "Activate ") + row.name());
        var actions = new HorizontalLayout(edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void toggle(ProgramRow row) {
        Runnable change = () -> {
            var checks = new Checks();
            if (checks.run(() -> programs.setActive(row.id(), row.version(), !row.active()))) {
                Toasts.success(row.active() ? "Program deactivated." : "Program activated.");
                grid.getDataProvider().refreshAll();
            }
        };
        if (row.active()) {
            Confirm.ask("Deactivate " + row.name() + "?", "It will be hidden from the list and take no new cohorts. "
                    + "Its cohorts and history stay as they are; you can activate it again.", "Deactivate", true, change);
        } else {
            change.run();
        }
    }
}
