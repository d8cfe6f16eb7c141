package com.upward.audit.ui;

import com.upward.base.ui.Grids;
import com.upward.audit.AuditAction;
import com.upward.audit.AuditLogService;
import com.upward.audit.AuditLogService.AuditFilter;
import com.upward.audit.AuditLogService.AuditRow;
import com.upward.base.ui.Formats;
import com.upward.base.ui.ViewerTimeZone;
import com.upward.base.Role;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Who changed, read, exported or reported what, and when: the audit log for administrators, lazy and filterable.
 * Times and the day filters are in the viewer's time zone, resolved once when the view opens.
 */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 95, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends Div {

    final ComboBox<String> actor = new ComboBox<>("Actor");
    final ComboBox<String> entity = new ComboBox<>("Record");
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new LocalizedDatePicker("From");
    final DatePicker to = new LocalizedDatePicker("To");
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Span total = new Span();
    final Paragraph intro;
    private final AuditLogService audit;
    private final ViewerTimeZone.Zone zone;

    AuditLogView(AuditLogService audit, Clock clock, ViewerTimeZone viewerZone) {
        this.audit = audit;
        this.zone = viewerZone.current();
        addClassNames("page", "audit-page");
        intro = new Paragraph("Every change to programs, cohorts, people, pairs, goals, check-ins and surveys, "
                + "every read of another person's check-in and every report and export. Text fields are named, "
                + "not copied, and a password only as \"password changed\". " + zoneSentence(zone));
        intro.addClassName("page-intro");

        actor.setItems(audit.actors());
        actor.setClearButtonVisible(true);
        actor.setPlaceholder("Anyone");
        entity.setItems(audit.entityTypes());
        entity.setItemLabelGenerator(RecordNames::of);
        entity.setClearButtonVisible(true);
        entity.setPlaceholder("Any");
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any");
        action.setItemLabelGenerator(a -> a == null ? "Any" : label(a));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        for (var field : new HasValue<?, ?>[]{actor, entity, action, from, to}) {
            field.addValueChangeListener(e -> refresh());
        }
        var clear = new Button("Clear filters", e -> {
            actor.clear();
            entity.clear();
            action.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        var filters = new HorizontalLayout(actor, entity, action, from, to, clear);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), zone.id())).setHeader("Time (" + zone.name() + ")")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader("Actor").setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(r -> label(r.action())).setHeader("Action").setSortProperty("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> RecordNames.of(r.entityType())).setHeader("Record").setSortProperty("entityType")
                .setAutoWidth(true);
        grid.addColumn(r -> r.entityId() == null ? "" : r.entityId().toString()).setHeader("Id").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.details() == null ? "" : r.details()).setHeader("Changes and details").setFlexGrow(3)
                .setTooltipGenerator(AuditRow::details);
        grid.setItems(DataProvider.fromCallbacks(
                (Query<AuditRow, Void> q) -> audit.events(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream(),
                q -> (int) audit.count(filter())));
        grid.setEmptyStateText("No audit events match these filters. Clear a filter or widen the dates.");
        grid.setAriaLabel("Audit log");
        Grids.fillPage(grid);

        var export = new Anchor();
        export.setHref(csv(clock), AttachmentType.DOWNLOAD);
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export CSV"));
        export.addClassName("button-link");
        export.getElement().setAttribute("aria-label", "Export the filtered audit log as CSV");
        var toolbar = new HorizontalLayout(total, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setWidthFull();
        add(new H2("Audit log"), intro, filters, toolbar, grid);
        showTotal();
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entity.getValue(), action.getValue(), from.getValue(),
                to.getValue(), zone.id());
    }

    /** Says which zone, and why that one, so that nobody takes a time for the server's or for UTC. */
    static String zoneSentence(ViewerTimeZone.Zone zone) {
        String why = switch (zone.source()) {
            case EMPLOYEE_RECORD -> "the time zone on your employee record";
            case BROWSER -> "your browser's time zone";
            case DEFAULT -> "as neither an employee record nor the browser gives a time zone";
        };
        return "Times are shown in " + zone.name() + ", " + why + "; From and To are whole days there. The CSV "
                + "export also gives each time in UTC.";
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        long n = audit.count(filter());
        total.addClassName("result-count");
        total.setText(n == 1 ? "1 event" : String.format(Locale.ENGLISH, "%,d events", n));
    }

    static String label(AuditAction action) {
        if (action == AuditAction.LOGIN) {
            return "Sign-in";
        }
        String name = action.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private DownloadHandler csv(Clock clock) {
        return event -> {
            AuditFilter filter = filter();
            event.setFileName("audit-log-" + LocalDate.now(clock.withZone(zone.id())) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.exportCsv(filter, writer);
            writer.flush();
        };
    }
}
