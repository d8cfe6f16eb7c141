package com.upward.checkin.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.Formats;
import com.upward.base.ui.light.DrawnMarkup;
import com.upward.base.ui.light.LightRadioGroup;
import com.upward.base.ui.Markup;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.internal.CheckInConversationService;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.Submitted;
import com.upward.checkin.HelpUrgency;
import com.upward.base.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The failing-forward check-in form: the meeting, each goal's progress, wins, setbacks, lessons, next steps,
 * support with a help request, confidence and private notes. Only its author can open it.
 */
@Route("checkins/:checkInId")
@PageTitle("Check-in")
@RolesAllowed(Role.Names.EMPLOYEE)
class CheckInView extends Div implements BeforeEnterObserver {

    enum Help { NONE, NORMAL, URGENT }

    private static final String MINUTES = "Give the minutes, from 1 to 600.";

    final Checkbox met = new Checkbox("We met this period", false);
    final DatePicker meetingOn = new LocalizedDatePicker("Date");
    final IntegerField minutes = new IntegerField("Minutes");
    final List<GoalProgressRow> goals = new ArrayList<>();
    final TextArea wins = TextLimits.area("Wins", "Small wins count. What went well, however small?", Texts.LIMIT);
    final TextArea setbacks = TextLimits.area("Setbacks", "What didn't go as planned? Facts, not blame.",
            Texts.LIMIT);
    final TextArea lessons = TextLimits.area("Lessons", "What did it teach you? What would you tell a colleague?",
            Texts.LIMIT);
    final TextArea next = TextLimits.area("Next", "What will you do differently, and what is the next step?",
            Texts.LIMIT);
    final TextArea support = TextLimits.area("Support needed", "What do you need from your mentor?", Texts.LIMIT);
    // light radio groups: with Flow's RadioButtonGroup (a button, a label and listeners per option) the form went
    // over the session budget (decision 022)
    final LightRadioGroup<Help> help = new LightRadioGroup<>("Ask your mentor for help");
    final LightRadioGroup<Integer> confidence = new LightRadioGroup<>("Confidence about your goals");
    final TextArea privateNotes = TextLimits.area("Private notes (only you see these)",
            "Not your mentor, not HR: only you will ever see these.", Texts.LIMIT);
    final Paragraph nudge = new Paragraph("You wrote down a setback: what did it teach you? A lesson turns a "
            + "setback into progress. (You can submit without one.)");
    final Button saveDraft = new Button("Save draft", e -> save(false));
    final Button submit = new Button("Submit", e -> save(true));

    private final CheckInService checkIns;
    private final CheckInConversationService conversations;
    private CheckInDetail detail;

    CheckInView(CheckInService checkIns, CheckInConversationService conversations) {
        this.conversations = conversations;
        this.checkIns = checkIns;
        addClassNames("page", "checkin-page");
        meetingOn.setWidth("12rem");
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        minutes.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(MINUTES)
                .setMinErrorMessage(MINUTES).setMaxErrorMessage(MINUTES));
        met.addValueChangeListener(e -> {
            meetingOn.setEnabled(e.getValue());
            minutes.setEnabled(e.getValue());
        });
        help.setItems(List.of(Help.values()), h -> switch (h) {
            case NONE -> "No, thanks";
            case NORMAL -> "Yes: my mentor is told";
            case URGENT -> "Urgent: my mentor and HR are told (HR sees no text)";
        });
        confidence.setItems(List.of(1, 2, 3, 4, 5), n -> n + (n == 1 ? " (low)" : n == 5 ? " (high)" : ""));
        confidence.setRequiredIndicatorVisible(true);
        confidence.setHorizontal();
        nudge.addClassName("checkin-nudge");
        setbacks.addValueChangeListener(e -> updateNudge());
        lessons.addValueChangeListener(e -> updateNudge());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        detail = RouteIds.load(event, "checkInId", checkIns::detail);
        removeAll();
        add(new Anchor("checkins", "← My check-ins"));
        if (detail == null) {
            add(new H2("Check-in not found"), Tiles.emptyState("This check-in does not exist or is not yours. "
                    + "Open your check-ins from \"My check-ins\"."));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        goals.clear();
        // the way back, title, facts and feedback are only read: markup, built from the check-in when shown
        add(DrawnMarkup.inPlace(this::head));
        if (EnumSet.of(CheckInRules.State.SUBMITTED, CheckInRules.State.LATE, CheckInRules.State.REVIEWED)
                .contains(detail.state())) {
            // right under the feedback it answers
            add(new ConversationPanel(conversations, detail.id()));
        }
        boolean readOnly = !detail.editable();
        CheckInInput c = detail.content();
        met.setValue(Boolean.TRUE.equals(c.meetingHeld()));
        meetingOn.setValue(c.meetingOn());
        minutes.setValue(c.meetingMinutes());
        meetingOn.setEnabled(met.getValue());
        minutes.setEnabled(met.getValue());
        wins.setValue(orEmpty(c.wins()));
        setbacks.setValue(orEmpty(c.setbacks()));
        lessons.setValue(orEmpty(c.lessons()));
        next.setValue(orEmpty(c.nextSteps()));
        support.setValue(orEmpty(c.supportNeeded()));
        help.setValue(!c.helpRequested() ? Help.NONE : c.urgency() == HelpUrgency.URGENT ? Help.URGENT : Help.NORMAL);
        confidence.setValue(c.confidence());
        privateNotes.setValue(orEmpty(c.privateNotes()));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(met, meetingOn, minutes, wins, setbacks, lessons, next,
                support, help, confidence, privateNotes)) {
            field.setReadOnly(readOnly);
        }

        var meeting = new HorizontalLayout(met, meetingOn, minutes);
        meeting.addClassName("meeting-row");
        add(section("Meeting with your mentor", meeting));
        var goalSection = new Div();
        detail.goals().forEach(g -> {
            var row = new GoalProgressRow(g, readOnly);
            goals.add(row);
            goalSection.add(row);
        });
        if (detail.goals().isEmpty()) {
            goalSection.add(Tiles.emptyState("You have no goals in this cohort yet. Set them under \"My goals\"; "
                    + "you can check in without."));
        }
        add(section("Your goals", goalSection));
        add(section("This period", wins, setbacks, lessons, nudge, next));
        add(section("Support", support, help));
        add(section("How you feel", confidence, privateNotes));
        updateNudge();
        if (!readOnly) {
            boolean submitted = detail.revisions() > 0;
            saveDraft.setVisible(!submitted);
            submit.setText(submitted ? "Submit changes" : "Submit");
            var buttons = new HorizontalLayout(saveDraft, submit);
            buttons.addClassName("checkin-actions");
            add(buttons);
        }
    }

    private String head() {
        var head = new StringBuilder("<div class=\"checkin-head\">")
                .append(Markup.link("checkins", "← My check-ins", null, null)).append("<h2>")
                .append(Markup.text("Check-in · " + detail.cohortName() + " · period " + detail.period()))
                .append("</h2><p class=\"page-intro\">").append(Markup.text("Period from "
                        + Formats.date(detail.periodStartsOn()) + ", due " + Formats.date(detail.dueOn()) + " · "
                        + MyCheckInsView.label(detail.state()) + (detail.revisions() > 0 ? " · submitted "
                        + detail.revisions() + (detail.revisions() == 1 ? " time" : " times") : "")))
                .append("</p>");
        if (detail.feedback() != null) {
            head.append("<div class=\"tile checkin-feedback\"><h3>")
                    .append(Markup.text("Feedback from " + detail.feedbackBy())).append("</h3><p>")
                    .append(Markup.text(detail.feedback())).append("</p></div>");
        }
        return head.append("</div>").toString();
    }

    private void save(boolean submitting) {
        if (met.getValue() && (minutes.isInvalid() || meetingOn.isInvalid())) {
            return; // text that is no number or date: refused beside the field, never saved as "nothing"
        }
        if (TextLimits.overLimit(wins, setbacks, lessons, next, support, privateNotes)) {
            return; // longer than the limit as it arrived: refused beside the field, not saved behind the message
        }
        Help asked = help.getValue() == null ? Help.NONE : help.getValue();
        var input = new CheckInInput(met.getValue(), meetingOn.getValue(), minutes.getValue(),
                goals.stream().map(GoalProgressRow::value).toList(), wins.getValue(), setbacks.getValue(),
                lessons.getValue(), next.getValue(), support.getValue(), asked != Help.NONE,
                asked == Help.URGENT ? HelpUrgency.URGENT : HelpUrgency.NORMAL, confidence.getValue(),
                privateNotes.getValue());
        try {
            if (submitting) {
                Submitted result = checkIns.submit(detail.id(), detail.version(), input);
                Toasts.success(result.late() ? "Check-in submitted. It is late, and it still counts."
                        : "Check-in submitted. Your mentor has been told.");
                getUI().ifPresent(ui -> ui.navigate("checkins"));
            } else {
                checkIns.saveDraft(detail.id(), detail.version(), input);
                Toasts.success("Draft saved.");
                detail = checkIns.detail(detail.id());
            }
        } catch (BusinessRuleException refusal) {
            if (refusal.getField() == null) {
                var dialog = new ConfirmDialog("Your check-in was not saved", refusal.getMessage(), "Reload", e -> {
                    detail = checkIns.detail(detail.id());
                    render();
                });
                dialog.setCancelable(true);
                dialog.setCancelText("Keep my text on screen");
                dialog.open();
            } else {
                FieldErrors.show(refusal, Map.of("meetingOn", meetingOn, "meetingMinutes", minutes, "wins", wins,
                        "setbacks", setbacks, "lessons", lessons, "nextSteps", next, "supportNeeded", support,
                        "confidence", confidence, "privateNotes", privateNotes));
            }
        }
    }

    private void updateNudge() {
        nudge.setVisible(!setbacks.getValue().isBlank() && lessons.getValue().isBlank());
    }

    private static Div section(String title, Component... content) {
        var section = new Div(Markup.of("<h3>" + Markup.text(title) + "</h3>"));
        section.add(content);
        section.addClassName("checkin-section");
        return section;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
