package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.BoardRows.MentorRow;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.util.ArrayList;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * The five best mentors for the selected mentee, each score broken down by criterion, with one-click assignment;
 * and a picker for any other mentor, whose refusal (a hard rule) shows beside it.
 */
class SuggestionsPanel extends Div {

    final List<Button> assignButtons = new ArrayList<>();
    /** Made when the first mentee is selected: most sessions on the board never need them. */
    ComboBox<MentorRow> otherMentor;
    Button assignOther;

    private final MatchingService matching;
    private final MatchingBoardService board;
    private final long cohortId;
    private final Runnable onChange;
    private MenteeRow mentee;

    SuggestionsPanel(MatchingService matching, MatchingBoardService board, long cohortId, Runnable onChange) {
        this.matching = matching;
        this.board = board;
        this.cohortId = cohortId;
        this.onChange = onChange;
        addClassName("suggestions");
        show(null, true);
    }

    private void makeMentorPicker() {
        otherMentor = new ComboBox<>(tr("matching.suggestions.other-mentor"));
        assignOther = new Button(tr("matching.suggestions.assign"));
        otherMentor.setItems(query -> board.mentors(cohortId, query.getFilter().orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        otherMentor.setItemLabelGenerator(m -> tr("matching.suggestions.other-mentor.item", m.name(), m.load(),
                m.capacity()));
        otherMentor.setPlaceholder(tr("matching.suggestions.other-mentor.placeholder"));
        otherMentor.setClearButtonVisible(true);
        otherMentor.setWidthFull();
        otherMentor.addValueChangeListener(e -> otherMentor.setInvalid(false));
        assignOther.addClickListener(e -> assignOther());
    }

    /** Shows the suggestions for a mentee, or what to do when none is selected. */
    void show(MenteeRow selected, boolean open) {
        mentee = selected;
        removeAll();
        assignButtons.clear();
        add(new H3(selected == null ? tr("matching.suggestions.title")
                : tr("matching.suggestions.title-for", selected.name())));
        if (selected == null) {
            add(Tiles.emptyState(tr("matching.suggestions.none-selected")));
            return;
        }
        var facts = new Paragraph(detail(selected));
        facts.addClassName("page-intro");
        add(facts);
        if (selected.lastDecline() != null) {
            var declined = new Paragraph(tr("matching.mentees.last-decline", selected.lastDecline()));
            declined.addClassName("last-decline");
            add(declined);
        }
        List<Suggestion> suggestions = matching.suggestionsFor(selected.enrollmentId());
        if (suggestions.isEmpty()) {
            add(Tiles.emptyState(tr("matching.suggestions.none", selected.name())));
        }
        int rank = 1;
        for (Suggestion s : suggestions) {
            add(card(rank++, s, open));
        }
        if (otherMentor == null) {
            makeMentorPicker();
        }
        otherMentor.clear();
        otherMentor.setInvalid(false);
        otherMentor.setEnabled(open);
        assignOther.setEnabled(open);
        var other = new HorizontalLayout(otherMentor, assignOther);
        other.setAlignItems(FlexComponent.Alignment.BASELINE);
        other.setWidthFull();
        other.addClassName("assign-other");
        add(other);
    }

    private Div card(int rank, Suggestion s, boolean open) {
        var score = new Span(ScoreBreakdown.total(s.score()));
        score.addClassName("suggestion-score");
        score.getElement().setAttribute("aria-label", tr("matching.suggestions.score.label",
                ScoreBreakdown.total(s.score())));
        var name = new Span(rank + ". " + s.mentorName());
        name.addClassName("suggestion-name");
        var load = new Span(tr("matching.suggestions.load", s.mentorLoad(), s.capacity()));
        load.addClassName("suggestion-load");
        var assign = new Button(tr("matching.suggestions.assign"), e -> assign(s.mentorEnrollmentId(), s.mentorName()));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setAriaLabel(tr("matching.suggestions.assign.label", s.mentorName(), mentee.name()));
        assign.setEnabled(open);
        assignButtons.add(assign);
        var head = new HorizontalLayout(score, new Div(name, load), assign);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.expand(head.getComponentAt(1));
        var why = new Details(tr("matching.suggestions.why"), new ScoreBreakdown(s.score()));
        why.setOpened(rank == 1);
        var card = new Div(head, why);
        card.addClassNames("tile", "suggestion");
        return card;
    }

    private void assign(long mentorEnrollmentId, String mentorName) {
        try {
            Toasts.success(BoardTexts.assigned(matching.assign(cohortId, mentorEnrollmentId, mentee.enrollmentId(),
                    null), mentorName, mentee.name()));
            onChange.run();
        } catch (BusinessRuleException refusal) {
            Toasts.error(tr(refusal.text()));
            onChange.run();
        }
    }

    private void assignOther() {
        MentorRow mentor = otherMentor.getValue();
        if (mentor == null) {
            otherMentor.setErrorMessage(tr("matching.suggestions.other-mentor.required"));
            otherMentor.setInvalid(true);
            return;
        }
        try {
            Toasts.success(BoardTexts.assigned(matching.assign(cohortId, mentor.enrollmentId(), mentee.enrollmentId(),
                    "Picked by hand"), mentor.name(), mentee.name()));
            onChange.run();
        } catch (BusinessRuleException refusal) {
            otherMentor.setErrorMessage(tr(refusal.text()));
            otherMentor.setInvalid(true);
        }
    }

    private static String detail(MenteeRow m) {
        List<String> facts = new ArrayList<>();
        facts.add(String.valueOf(m.department()));
        facts.add(tr("matching.suggestions.level", m.jobLevel()));
        if (m.location() != null) {
            facts.add(m.location());
        }
        facts.add(m.focusAreas() == null ? tr("matching.suggestions.no-focus-areas")
                : tr("matching.suggestions.wants-to-learn", m.focusAreas()));
        return String.join(" · ", facts);
    }
}
