package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.PairingModels.PairingOptions;
import com.upward.matching.internal.PairingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** HR decides how a cohort's pairs start: whether its people accept them, and whether mentees may choose. */
class PairingOptionsDialog extends Dialog {

    final Checkbox acceptance = new Checkbox(tr("matching.options.acceptance"));
    final Checkbox selfMatch = new Checkbox(tr("matching.options.self-match"));
    final Button save = new Button(tr("matching.options.save"));

    PairingOptionsDialog(PairingService pairing, long cohortId, Runnable onSaved) {
        setHeaderTitle(tr("matching.options.title"));
        setWidth("min(38rem, 96vw)");
        PairingOptions current = pairing.options(cohortId);
        acceptance.setValue(current.pairsNeedAcceptance());
        acceptance.setHelperText(tr("matching.options.acceptance.help"));
        selfMatch.setValue(current.menteesChooseMentor());
        selfMatch.setHelperText(tr("matching.options.self-match.help"));
        var content = new VerticalLayout(new Paragraph(tr("matching.options.intro")), acceptance,
                selfMatch);
        content.setPadding(false);
        add(content);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                pairing.saveOptions(cohortId, new PairingOptions(acceptance.getValue(), selfMatch.getValue()));
                Toasts.success(tr("matching.options.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error(tr(refusal.text()));
            }
        });
        getFooter().add(new Button(tr("matching.dialog.cancel"), e -> close()), save);
    }

    /** The options that are on, a sentence each, for the board's intro; none when neither is on. */
    static List<String> describe(boolean pairsNeedAcceptance, boolean menteesChooseMentor) {
        List<String> sentences = new ArrayList<>();
        if (pairsNeedAcceptance) {
            sentences.add(tr("matching.board.intro.acceptance"));
        }
        if (menteesChooseMentor) {
            sentences.add(tr("matching.board.intro.self-match"));
        }
        return sentences;
    }
}
