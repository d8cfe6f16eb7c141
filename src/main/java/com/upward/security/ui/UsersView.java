package com.upward.security.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.base.ui.RoleLabels;
import com.upward.security.AccountSummary;
import com.upward.security.Role;
import com.upward.security.UserAccountService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

@Route("users")
@PageTitle("User accounts")
@Menu(order = 90, icon = "vaadin:key", title = "User accounts")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout {

    UsersView(UserAccountService accounts) {
        setSizeFull();
        var grid = new Grid<AccountSummary>(AccountSummary.class, false);
        grid.addColumn(AccountSummary::username).setHeader("Username").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName");
        grid.addColumn(AccountSummary::email).setHeader("Email").setSortProperty("email");
        grid.addColumn(a -> a.roles().stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(a -> !a.enabled() ? "Deactivated" : a.locked() ? "Locked" : "Active").setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.instant(a.lastLoginAt(), "Never")).setHeader("Last sign-in")
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.setEmptyStateText("No accounts yet. Accounts are created for employees from the directory.");
        grid.setItemsPageable(pageable -> accounts.findAccounts(pageable).getContent());
        Grids.sortBy(grid, "username");
        add(grid);
        setFlexGrow(1, grid);
    }
}
