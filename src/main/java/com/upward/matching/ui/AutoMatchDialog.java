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

import static com.upward.base.ui.Translations.tr;

/**
 * The auto-match result before anything is saved: how many mentees could be matched and why the rest could not, and
 * how the mentors' load would be spread (HR can change how much an even spread counts, which runs it again); HR
 * accepts all pairs, a selection of them, or discards the preview.
 */
class AutoMatchDialog extends Dialog {

    final Grid<ProposedPair> pairs = new Grid<>(ProposedPair.class, false);
    final Grid<UnmatchedMentee> unmatched = new Grid<>(UnmatchedMentee.class, false);
    final Button accept = new Button();
    final Button discard = new Button(tr("matching.auto-match.discard"));
    final Paragraph summary = new Paragraph();
    final Grid<MentorLoad> loads = new Grid<>(MentorLoad.class, false);
    final Paragraph spread = new Paragraph();
    final Button changeSpread = new Button(tr("matching.auto-match.change-spread"));

    /** {@code changeWeights} opens the weights and, once saved, closes this preview with the runnable it is given. */
    AutoMatchDialog(MatchingService matching, long cohortId, AutoMatchPreview preview, Runnable onAccepted,
                    Consumer<Runnable> changeWeights) {
        setHeaderTitle(tr("matching.auto-match.title"));
        setWidth("min(72rem, 96vw)");
        addClassName("auto-match-dialog");
        summary.setText(summaryText(preview));
        summary.addClassName("auto-match-summary");

        pairs.addColumn(ProposedPair::menteeName).setHeader(tr("matching.column.mentee"))
                .setComparator(Comparator.comparing(ProposedPair::menteeName)).setSortable(true);
        pairs.addColumn(ProposedPair::mentorName).setHeader(tr("matching.column.mentor"))
                .setComparator(Comparator.comparing(ProposedPair::mentorName)).setSortable(true);
        pairs.addColumn(p -> ScoreBreakdown.total(p.score())).setHeader(tr("matching.column.score"))
                .setAutoWidth(true).setFlexGrow(0)
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
        pairs.setAriaLabel(tr("matching.auto-match.pairs"));
        pairs.setEmptyStateText(tr("matching.auto-match.pairs-empty"));
        pairs.setHeight("22rem");
        pairs.asMultiSelect().addValueChangeListener(e -> updateAccept());

        unmatched.addColumn(UnmatchedMentee::menteeName).setHeader(tr("matching.column.mentee"));
        unmatched.addColumn(u -> tr(u.reason())).setHeader(tr("matching.auto-match.column.why-not")).setFlexGrow(2);
        unmatched.setItems(preview.unmatched().stream()
                .sorted(Comparator.comparing(UnmatchedMentee::menteeName)).toList());
        unmatched.setAriaLabel(tr("matching.auto-match.unmatched"));
        unmatched.setAllRowsVisible(true);

        loads.addColumn(MentorLoad::mentorName).setHeader(tr("matching.column.mentor")).setFlexGrow(2)
                .setComparator(Comparator.comparing(MentorLoad::mentorName)).setSortable(true);
        loads.addColumn(MentorLoad::before).setHeader(tr("matching.auto-match.column.now"))
                .setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(MentorLoad::before)).setSortable(true);
        loads.addColumn(l -> l.proposed() == 0 ? "–" : "+" + l.proposed())
                .setHeader(tr("matching.auto-match.column.proposed")).setAutoWidth(true)
                .setFlexGrow(0).setComparator(Comparator.comparingInt(MentorLoad::proposed)).setSortable(true);
        loads.addColumn(l -> tr("matching.auto-match.after-of", l.after(), l.capacity()))
                .setHeader(tr("matching.auto-match.column.after")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(MentorLoad::after)).setSortable(true);
        loads.setItems(preview.mentorLoads());
        loads.setAriaLabel(tr("matching.auto-match.loads"));
        loads.setEmptyStateText(tr("matching.auto-match.loads-empty"));
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
            content.add(new H3(tr("matching.auto-match.unmatched-heading")), unmatched);
        }
        var spreadLine = new HorizontalLayout(spread, changeSpread);
        spreadLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        spreadLine.setWrap(true);
        content.add(new H3(tr("matching.auto-match.loads")), spreadLine, loads);
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
                Toasts.error(tr("matching.auto-match.stale", tr(refusal.text())));
            }
        });
        discard.addClickListener(e -> close());
        getFooter().add(discard, accept);
        updateAccept();
    }

    private void updateAccept() {
        int n = pairs.getSelectedItems().size();
        accept.setText(tr("matching.auto-match.accept", n));
        accept.setEnabled(n > 0);
    }

    /** "After these pairs: 3 mentors with 2 mentees, 3 with 1, none without one. Even spread 20: …" */
    static String spreadText(AutoMatchPreview preview) {
        int[] mentorsByLoad = preview.mentorsByLoadAfter();
        List<String> parts = new ArrayList<>();
        for (int load = mentorsByLoad.length - 1; load >= 1; load--) {
            if (mentorsByLoad[load] > 0) {
                parts.add(parts.isEmpty() ? tr("matching.auto-match.spread.first", mentorsByLoad[load], load)
                        : tr("matching.auto-match.spread.next", mentorsByLoad[load], load));
            }
        }
        int idle = mentorsByLoad.length == 0 ? 0 : mentorsByLoad[0];
        parts.add(idle == 0 ? tr("matching.auto-match.spread.idle-none") : tr("matching.auto-match.spread.idle", idle));
        return tr("matching.auto-match.spread", String.join(", ", parts), preview.loadSpreadWeight(),
                LoadSpreadWeight.explain(preview.loadSpreadWeight()));
    }

    static String summaryText(AutoMatchPreview preview) {
        int matched = preview.matchedCount();
        int total = matched + preview.unmatchedCount();
        List<String> sentences = new ArrayList<>();
        sentences.add(tr("matching.auto-match.summary", matched, total, String.format(Locale.ROOT, "%.1f",
                preview.pairs().stream().mapToDouble(p -> p.score().total()).sum())));
        if (preview.unmatchedCount() > 0) {
            sentences.add(tr("matching.auto-match.summary.blocked", preview.unmatchedCount()));
        }
        sentences.add(tr("matching.auto-match.summary.nothing-saved"));
        return String.join(" ", sentences);
    }
}
