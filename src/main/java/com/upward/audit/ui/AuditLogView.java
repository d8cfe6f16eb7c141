package com.upward.audit.ui;

import com.upward.base.i18n.Messages;
import com.upward.base.ui.Grids;
import com.upward.audit.AuditAction;
import com.upward.audit.AuditLogService;
import com.upward.audit.AuditLogService.AuditFilter;
import com.upward.audit.AuditLogService.AuditRow;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Translations;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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

import static com.upward.base.ui.Translations.tr;

/**
 * Who changed, read, exported or reported what, and when: the audit log for administrators, lazy and filterable.
 * Times and the day filters are in the viewer's time zone, resolved once when the view opens.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends Div implements HasDynamicTitle {

    final ComboBox<String> actor = new ComboBox<>(tr("audit.view.actor"));
    final ComboBox<String> entity = new ComboBox<>(tr("audit.view.record"));
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new LocalizedDatePicker(tr("audit.view.from"));
    final DatePicker to = new LocalizedDatePicker(tr("audit.view.to"));
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Span total = new Span();
    final Paragraph intro;
    private final AuditLogService audit;
    private final ViewerTimeZone.Zone zone;

    AuditLogView(AuditLogService audit, Clock clock, ViewerTimeZone viewerZone) {
        this.audit = audit;
        this.zone = viewerZone.current();
        addClassNames("page", "audit-page");
        intro = new Paragraph(tr("audit.view.intro") + " " + zoneSentence(zone));
        intro.addClassName("page-intro");

        actor.setItems(audit.actors());
        actor.setClearButtonVisible(true);
        actor.setPlaceholder(tr("audit.view.anyone"));
        entity.setItems(audit.entityTypes());
        entity.setItemLabelGenerator(RecordNames::of);
        entity.setClearButtonVisible(true);
        String any = tr("audit.view.any");
        entity.setPlaceholder(any);
        action.setLabel(tr("audit.view.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(any);
        action.setItemLabelGenerator(a -> a == null ? any : label(a));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        for (var field : new HasValue<?, ?>[]{actor, entity, action, from, to}) {
            field.addValueChangeListener(e -> refresh());
        }
        var clear = new Button(tr("audit.view.clear-filters"), e -> {
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

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), zone.id()))
                .setHeader(tr("audit.view.column.time", zone.name()))
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(tr("audit.view.actor")).setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(r -> label(r.action())).setHeader(tr("audit.view.action")).setSortProperty("action")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> RecordNames.of(r.entityType())).setHeader(tr("audit.view.record"))
                .setSortProperty("entityType").setAutoWidth(true);
        grid.addColumn(r -> r.entityId() == null ? "" : r.entityId().toString())
                .setHeader(tr("audit.view.column.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.details() == null ? "" : r.details()).setHeader(tr("audit.view.column.details"))
                .setFlexGrow(3).setTooltipGenerator(AuditRow::details);
        grid.setItems(DataProvider.fromCallbacks(
                (Query<AuditRow, Void> q) -> audit.events(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream(),
                q -> (int) audit.count(filter())));
        grid.setEmptyStateText(tr("audit.view.empty"));
        grid.setAriaLabel(tr("audit.view.title"));
        Grids.fillPage(grid);

        var export = new Anchor();
        export.setHref(csv(clock), AttachmentType.DOWNLOAD);
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(tr("audit.view.export")));
        export.addClassName("button-link");
        export.getElement().setAttribute("aria-label", tr("audit.view.export.aria-label"));
        var toolbar = new HorizontalLayout(total, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setWidthFull();
        add(new H2(tr("audit.view.title")), intro, filters, toolbar, grid);
        showTotal();
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entity.getValue(), action.getValue(), from.getValue(),
                to.getValue(), zone.id());
    }

    @Override
    public String getPageTitle() {
        return tr("audit.view.title");
    }

    /** Says which zone, and why that one, so that nobody takes a time for the server's or for UTC. */
    static String zoneSentence(ViewerTimeZone.Zone zone) {
        return tr("audit.view.zone." + zone.source().name(), zone.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        long n = audit.count(filter());
        total.addClassName("result-count");
        total.setText(tr("audit.view.count", n));
    }

    static String label(AuditAction action) {
        return tr("audit.action." + action.name());
    }

    private DownloadHandler csv(Clock clock) {
        Locale locale = Translations.locale(); // read here: the download request has no current UI
        return event -> {
            AuditFilter filter = filter();
            event.setFileName(Messages.shared().format(locale, "audit.csv.file-name",
                    LocalDate.now(clock.withZone(zone.id())).toString()));
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.exportCsv(filter, locale, writer);
            writer.flush();
        };
    }
}
