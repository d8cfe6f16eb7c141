package com.upward.directory.ui;

import com.upward.base.ui.Grids;
import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeSummary;
import com.upward.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("employees")
@PageTitle("Employees")
@Menu(order = 10, icon = "vaadin:users", title = "Employees")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class EmployeesView extends VerticalLayout {

    private final Grid<EmployeeSummary> grid = new Grid<>(EmployeeSummary.class, false);
    private final TextField search = new TextField();

    EmployeesView(DirectoryService directory) {
        setSizeFull();
        search.setPlaceholder("Search name, email, number or department");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.setAriaLabel("Search employees");

        grid.addColumn(EmployeeSummary::employeeNumber).setHeader("Number").setSortProperty("employeeNumber")
                .setAutoWidth(true);
        grid.addColumn(EmployeeSummary::fullName).setHeader("Name").setSortProperty("lastName", "firstName")
                .setAutoWidth(true);
        grid.addColumn(EmployeeSummary::department).setHeader("Department").setSortProperty("department");
        grid.addColumn(EmployeeSummary::jobTitle).setHeader("Job title").setSortProperty("jobTitle");
        grid.addColumn(EmployeeSummary::jobLevel).setHeader("Level").setSortProperty("jobLevel").setAutoWidth(true);
        grid.addColumn(EmployeeSummary::location).setHeader("Location").setSortProperty("location");
        grid.addColumn(e -> e.active() ? "Active" : "Inactive").setHeader("Status").setSortProperty("active")
                .setAutoWidth(true);
        grid.setEmptyStateText("No employees match. Clear the search, or import the directory from your HR system.");
        grid.setItemsPageable(pageable -> directory.findEmployees(search.getValue(), pageable).getContent());
        Grids.sortBy(grid, "lastName");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(search, grid);
        setFlexGrow(1, grid);
    }
}
