package com.upward.checkin.ui;

import com.upward.base.i18n.Messages;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Translations;
import com.upward.base.ui.UserText;
import com.upward.checkin.internal.JournalService;
import com.upward.checkin.Celebrations;
import com.upward.checkin.Celebrations.Celebration;
import com.upward.checkin.internal.JournalModels.JournalEntry;
import com.upward.checkin.internal.JournalModels.JournalFilter;
import com.upward.checkin.internal.JournalModels.Kind;
import com.upward.checkin.internal.JournalModels.Option;
import com.upward.base.Role;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.upward.base.ui.Translations.tr;

/** The employee's lessons journal: a timeline of every win and lesson, with filters, the wins count and streak. */
@Route("journal")
@Menu(order = 28, icon = "vaadin:book", title = "Lessons journal")
@RolesAllowed(Role.Names.EMPLOYEE)
class JournalView extends Div implements HasDynamicTitle {

    /** The choice of any cohort or goal; its label is the reader's word for "All". */
    static final Option ANY = new Option(-1, "All");

    final Select<Option> cohort = new Select<>();
    final Select<Option> goal = new Select<>();
    final TextField search = new TextField();
    final Div timeline = new Div();
    final List<JournalEntry> shown = new ArrayList<>();

    private final JournalService journal;

    JournalView(JournalService journal, Celebrations celebrations, Clock clock) {
        this.journal = journal;
        addClassNames("page", "journal-page");
        add(new H2(tr("checkin.journal.title")));
        var intro = new Paragraph(tr("checkin.journal.intro"));
        intro.addClassName("page-intro");
        add(intro);
        Celebration c = celebrations.mine();
        add(Tiles.of(Tiles.tile(c.wins(), c.winsLabel()), Tiles.tile(c.onTimeStreak(), c.streakLabel())));

        cohort.setLabel(tr("checkin.journal.cohort"));
        List<Option> cohorts = new ArrayList<>(List.of(ANY));
        cohorts.addAll(journal.cohorts());
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(JournalView::label);
        cohort.setValue(ANY);
        cohort.addValueChangeListener(e -> {
            loadGoals();
            render();
        });
        goal.setLabel(tr("checkin.journal.goal"));
        goal.setItemLabelGenerator(JournalView::label);
        goal.setWidth("18rem");
        loadGoals();
        goal.addValueChangeListener(e -> render());
        search.setLabel(tr("checkin.journal.search"));
        search.setPlaceholder(tr("checkin.journal.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> render());
        var export = new Anchor();
        export.setHref(csv(clock), AttachmentType.DOWNLOAD);
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(tr("checkin.journal.export")));
        export.addClassName("button-link");
        export.getElement().setAttribute("aria-label", tr("checkin.journal.export-name"));
        var filters = new HorizontalLayout(cohort, goal, search, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("journal-filters");
        timeline.addClassName("journal-timeline");
        timeline.getElement().setAttribute("role", "list");
        add(filters, timeline);
        render();
    }

    @Override
    public String getPageTitle() {
        return tr("checkin.journal.title");
    }

    private static String label(Option option) {
        return option == ANY ? tr("checkin.journal.all") : option.label();
    }

    JournalFilter filter() {
        return new JournalFilter(cohort.getValue() == ANY ? null : cohort.getValue().id(),
                goal.getValue() == null || goal.getValue() == ANY ? null : goal.getValue().id(), search.getValue());
    }

    private void loadGoals() {
        List<Option> goals = new ArrayList<>(List.of(ANY));
        goals.addAll(journal.goals(cohort.getValue() == ANY ? null : cohort.getValue().id()));
        goal.setItems(goals);
        goal.setValue(ANY);
    }

    private void render() {
        timeline.removeAll();
        shown.clear();
        shown.addAll(journal.entries(filter()));
        if (shown.isEmpty()) {
            timeline.add(Tiles.emptyState(isUnfiltered() ? tr("checkin.journal.empty")
                    : tr("checkin.journal.nothing-matches")));
            return;
        }
        for (JournalEntry e : shown) {
            var kind = new Span(tr("checkin.journal.kind." + e.kind().name()));
            kind.addClassNames("status-badge", e.kind() == Kind.WIN ? "status-achieved" : "status-pivoted");
            var when = new Span(new Text(Formats.date(e.writtenOn()) + " · "), new UserText(e.cohortName()),
                    new Text(tr("checkin.journal.period", e.period())));
            when.addClassName("journal-when");
            var text = new Paragraph(e.text());
            text.addClassName("journal-text");
            var item = new Div(new HorizontalLayout(kind, when), text);
            if (!e.goals().isEmpty()) {
                var goals = new Span(tr("checkin.journal.goals", String.join(", ", e.goals())));
                goals.addClassName("journal-goals");
                item.add(goals);
            }
            item.addClassNames("tile", "journal-entry");
            item.getElement().setAttribute("role", "listitem");
            timeline.add(item);
        }
    }

    private boolean isUnfiltered() {
        return cohort.getValue() == ANY && (goal.getValue() == null || goal.getValue() == ANY)
                && search.getValue().isBlank();
    }

    private DownloadHandler csv(Clock clock) {
        Locale locale = Translations.locale(); // read here: the download request has no current UI
        return event -> {
            event.setFileName(Messages.shared().format(locale, "checkin.journal.csv.file-name",
                    LocalDate.now(clock).toString()));
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            journal.exportCsv(filter(), locale, writer);
            writer.flush();
        };
    }
}
