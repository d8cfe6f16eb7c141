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

/** HR decides how a cohort's pairs start: whether its people accept them, and whether mentees may choose. */
class PairingOptionsDialog extends Dialog {

    final Checkbox acceptance = new Checkbox("Mentor and mentee accept each pair before it starts");
    final Checkbox selfMatch = new Checkbox("Mentees may choose a mentor with room");
    final Button save = new Button("Save options");

    PairingOptionsDialog(PairingService pairing, long cohortId, Runnable onSaved) {
        setHeaderTitle("Pairing options");
        setWidth("min(38rem, 96vw)");
        PairingOptions current = pairing.options(cohortId);
        acceptance.setValue(current.pairsNeedAcceptance());
        acceptance.setHelperText("A pair you make is proposed to both people. It starts, with its check-ins, once "
                + "both accept; if one declines, you see why and the mentee is back on the board. People who have "
                + "not answered are reminded every three days. A rematch starts at once.");
        selfMatch.setValue(current.menteesChooseMentor());
        selfMatch.setHelperText("Accepted mentees without a mentor see the mentors who have room, with their own "
                + "fit score, and ask one. The mentor accepts, or you confirm it on the Pairs tab. The hard rules "
                + "still apply.");
        var content = new VerticalLayout(new Paragraph("These apply to pairs made from now on."), acceptance,
                selfMatch);
        content.setPadding(false);
        add(content);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                pairing.saveOptions(cohortId, new PairingOptions(acceptance.getValue(), selfMatch.getValue()));
                Toasts.success("Pairing options saved.");
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** The options in one sentence for the board's intro, or nothing when neither is on. */
    static String describe(boolean pairsNeedAcceptance, boolean menteesChooseMentor) {
        return (pairsNeedAcceptance ? " Pairs start once mentor and mentee accept." : "")
                + (menteesChooseMentor ? " Mentees may choose a mentor with room." : "");
    }
}
