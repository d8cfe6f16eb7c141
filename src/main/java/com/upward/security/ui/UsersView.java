package com.upward.security.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.base.ui.RoleLabels;
import com.upward.base.ui.Toasts;
import com.upward.security.internal.AccountFilter;
import com.upward.security.internal.AccountState;
import com.upward.security.internal.AccountSummary;
import com.upward.directory.IssuedCredential;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

import static com.upward.base.ui.Translations.tr;

/** Accounts for administrators: find them, create one for an employee, change roles and access. */
@Route("users")
@Menu(order = 90, icon = "vaadin:key", title = "User accounts")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Select<AccountState> stateFilter = new Select<>();
    final Button create = new Button(tr("security.users.create"), VaadinIcon.PLUS.create());

    UsersView(UserAccountService accounts) {
        this.accounts = accounts;
        setSizeFull();

        search.setPlaceholder(tr("security.users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        search.setAriaLabel(tr("security.users.search.label"));

        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? tr("security.users.role-filter.all")
                : RoleLabels.label(role));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(tr("security.users.role-filter.all"));
        roleFilter.setAriaLabel(tr("security.users.role-filter.label"));

        stateFilter.setItems(AccountState.values());
        stateFilter.setItemLabelGenerator(state -> state == null ? tr("security.users.state-filter.any")
                : StateLabels.label(state));
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(tr("security.users.state-filter.any"));
        stateFilter.setAriaLabel(tr("security.users.state-filter.label"));

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new CreateAccountDialog(accounts, this::created).open());

        var toolbar = new HorizontalLayout(search, roleFilter, stateFilter, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);
        toolbar.addClassName("accounts-toolbar");

        configureGrid();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        roleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stateFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return tr("security.users.page-title");
    }

    private void configureGrid() {
        grid.addColumn(AccountSummary::username).setHeader(tr("security.users.column.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(tr("security.users.column.name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(tr("security.users.column.email")).setSortProperty("email");
        grid.addColumn(a -> a.employeeNumber() == null ? tr("security.users.not-linked")
                        : a.employeeNumber() + " · " + a.department())
                .setHeader(tr("security.users.column.employee"));
        grid.addColumn(a -> a.roles().stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", ")))
                .setHeader(tr("security.users.column.roles"));
        grid.addComponentColumn(UsersView::stateBadge).setHeader(tr("security.users.column.state"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(a -> Formats.instant(a.lastLoginAt(), tr("security.users.never")))
                .setHeader(tr("security.users.column.last-sign-in"))
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(this::manageButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(tr("security.users.empty"));
        grid.setItemsPageable(pageable -> accounts.findAccounts(filter(), pageable).getContent());
        grid.setAriaLabel(tr("security.users.grid-label"));
        Grids.sortBy(grid, "username");
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), roleFilter.getValue(), stateFilter.getValue());
    }

    private static Component stateBadge(AccountSummary account) {
        var badge = new Span(StateLabels.label(account.state()));
        badge.addClassNames("status-badge", "account-state");
        badge.getElement().setAttribute("data-state", account.state().name().toLowerCase());
        if (account.mustChangePassword() && account.state() == AccountState.ACTIVE) {
            badge.setText(StateLabels.mustChangePassword(AccountState.ACTIVE));
        }
        return badge;
    }

    private Component manageButton(AccountSummary account) {
        var manage = new Button(tr("security.users.manage"), e -> manage(account));
        manage.addThemeVariants(ButtonVariant.TERTIARY);
        manage.setAriaLabel(tr("security.users.manage-label", account.username()));
        return manage;
    }

    void manage(AccountSummary account) {
        new ManageAccountDialog(accounts, account, () -> grid.getDataProvider().refreshAll()).open();
    }

    private void created(IssuedCredential credential) {
        grid.getDataProvider().refreshAll();
        Toasts.success(tr("security.users.created", credential.displayName()));
        new OneTimePasswordDialog(tr("security.users.created-title"), credential).open();
    }
}
