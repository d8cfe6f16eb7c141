package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.LoadSpreadWeight;
import com.upward.matching.internal.MatchingModels.AutoMatchPreview;
import com.upward.matching.internal.MatchingModels.MentorLoad;
import com.upward.matching.internal.MatchingModels.PairChoice;
import com.upward.matching.internal.MatchingModels.ProposedPair;
import com.upward.matching.internal.MatchingModels.UnmatchedMentee;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The auto-match result before anything is saved: how many mentees could be matched and why the rest could not, and
 * how the mentors' load would be spread (HR can change how much an even spread counts, which runs it again); HR
 * accepts all pairs, a selection of them, or discards the preview.
 */
class AutoMatchDialog extends Dialog {

    final Grid<ProposedPair> pairs = new Grid<>(ProposedPair.class, false);
    final Grid<UnmatchedMentee> unmatched = new Grid<>(UnmatchedMentee.class, false);
    final Button accept = new Button();
    final Button discard = new Button("Discard");
    final Paragraph summary = new Paragraph();
    final Grid<MentorLoad> loads = new Grid<>(MentorLoad.class, false);
    final Paragraph spread = new Paragraph();
    final Button changeSpread = new Button("Change the spread…");

    /** {@code changeWeights} opens the weights and, once saved, closes this preview with the runnable it is given. */
    AutoMatchDialog(MatchingService matching, long cohortId, AutoMatchPreview preview, Runnable onAccepted,
                    Consumer<Runnable> changeWeights) {
        setHeaderTitle("Auto-match preview");
        setWidth("min(72rem, 96vw)");
        addClassName("auto-match-dialog");
        summary.setText(summaryText(preview));
        summary.addClassName("auto-match-summary");

        pairs.addColumn(ProposedPair::menteeName).setHeader("Mentee")
                .setComparator(Comparator.comparing(ProposedPair::menteeName)).setSortable(true);
        pairs.addColumn(ProposedPair::mentorName).setHeader("Mentor")
                .setComparator(Comparator.comparing(ProposedPair::mentorName)).setSortable(true);
        pairs.addColumn(p -> ScoreBreakdown.total(p.score())).setHeader("Score").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingDouble((ProposedPair p) -> p.score().total())).setSortable(true);
        pairs.setItemDetailsRenderer(new ComponentRenderer<>(
                p -> new ScoreBreakdown(p.score())));
        pairs.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<ProposedPair>) pairs.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        List<ProposedPair> proposed = preview.pairs().stream()
                .sorted(Comparator.comparing(ProposedPair::menteeName)).toList();
        pairs.setItems(proposed);
        pairs.asMultiSelect().select(proposed);
        pairs.setAriaLabel("Proposed pairs");
        pairs.setEmptyStateText("No pair can be made: see below why.");
        pairs.setHeight("22rem");
        pairs.asMultiSelect().addValueChangeListener(e -> updateAccept());

        unmatched.addColumn(UnmatchedMentee::menteeName).setHeader("Mentee");
        unmatched.addColumn(UnmatchedMentee::reason).setHeader("Why not matched").setFlexGrow(2);
        unmatched.setItems(preview.unmatched().stream()
                .sorted(Comparator.comparing(UnmatchedMentee::menteeName)).toList());
        unmatched.setAriaLabel("Mentees who could not be matched");
        unmatched.setAllRowsVisible(true);

        loads.addColumn(MentorLoad::mentorName).setHeader("Mentor").setFlexGrow(2)
                .setComparator(Comparator.comparing(MentorLoad::mentorName)).setSortable(true);
        loads.addColumn(MentorLoad::before).setHeader("Mentees now").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(MentorLoad::before)).setSortable(true);
        loads.addColumn(l -> l.proposed() == 0 ? "–" : "+" + l.proposed()).setHeader("Proposed").setAutoWidth(true)
                .setFlexGrow(0).setComparator(Comparator.comparingInt(MentorLoad::proposed)).setSortable(true);
        loads.addColumn(l -> l.after() + " of " + l.capacity()).setHeader("After").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(MentorLoad::after)).setSortable(true);
        loads.setItems(preview.mentorLoads());
        loads.setAriaLabel("Mentors' load");
        loads.setEmptyStateText("This cohort has no accepted mentors yet.");
        if (preview.mentorLoads().size() <= 8) {
            loads.setAllRowsVisible(true);
        } else {
            loads.setHeight("16rem");
        }
        spread.setText(spreadText(preview));
        spread.addClassName("auto-match-spread");
        changeSpread.addThemeVariants(ButtonVariant.TERTIARY);
        changeSpread.addClickListener(e -> changeWeights.accept(this::close));

        var content = new VerticalLayout(summary, pairs);
        content.setPadding(false);
        if (!preview.unmatched().isEmpty()) {
            content.add(new H3("Could not be matched"), unmatched);
        }
        var spreadLine = new HorizontalLayout(spread, changeSpread);
        spreadLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        spreadLine.setWrap(true);
        content.add(new H3("Mentors' load"), spreadLine, loads);
        add(content);

        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickListener(e -> {
            List<PairChoice> chosen = pairs.getSelectedItems().stream()
                    .sorted(Comparator.comparing(ProposedPair::menteeName))
                    .map(p -> new PairChoice(p.mentorEnrollmentId(), p.menteeEnrollmentId())).toList();
            try {
                Toasts.success(BoardTexts.autoMatched(matching.acceptAutoMatch(cohortId, chosen)));
                close();
                onAccepted.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error("The board changed since this preview (" + refusal.getMessage()
                        + ") Nothing was saved; run auto-match again.");
            }
        });
        discard.addClickListener(e -> close());
        getFooter().add(discard, accept);
        updateAccept();
    }

    private void updateAccept() {
        int n = pairs.getSelectedItems().size();
        accept.setText(n == 1 ? "Accept 1 pair" : "Accept " + n + " pairs");
        accept.setEnabled(n > 0);
    }

    /** "After these pairs: 3 mentors with 2 mentees, 3 with 1, none without one. Even spread 20: …" */
    static String spreadText(AutoMatchPreview preview) {
        int[] mentorsByLoad = preview.mentorsByLoadAfter();
        List<String> parts = new ArrayList<>();
        for (int load = mentorsByLoad.length - 1; load >= 1; load--) {
            if (mentorsByLoad[load] > 0) {
                String mentors = mentorsByLoad[load] + (mentorsByLoad[load] == 1 ? " mentor" : " mentors");
                parts.add(parts.isEmpty() ? mentors + " with " + load + (load == 1 ? " mentee" : " mentees")
                        : mentorsByLoad[load] + " with " + load);
            }
        }
        int idle = mentorsByLoad.length == 0 ? 0 : mentorsByLoad[0];
        parts.add(idle == 0 ? "none without a mentee" : idle + (idle == 1 ? " mentor" : " mentors") + " without one");
        return "After these pairs: " + String.join(", ", parts) + ". Even spread " + preview.loadSpreadWeight()
                + " of 100: " + LoadSpreadWeight.explain(preview.loadSpreadWeight());
    }

    static String summaryText(AutoMatchPreview preview) {
        int matched = preview.matchedCount();
        int total = matched + preview.unmatchedCount();
        String text = matched + " of " + total + " unmatched mentees can be matched, with a total score of "
                + String.format(Locale.ROOT, "%.1f", preview.pairs().stream()
                        .mapToDouble(p -> p.score().total()).sum()) + ".";
        if (preview.unmatchedCount() > 0) {
            text += " " + preview.unmatchedCount() + (preview.unmatchedCount() == 1 ? " mentee cannot" : " mentees cannot")
                    + " be matched without breaking a hard rule.";
        }
        return text + " Nothing is saved until you accept; untick the pairs you do not want.";
    }
}
