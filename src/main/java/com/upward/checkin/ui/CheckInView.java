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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * The failing-forward check-in form: the meeting, each goal's progress, wins, setbacks, lessons, next steps,
 * support with a help request, confidence and private notes. Only its author can open it.
 */
@Route("checkins/:checkInId")
@RolesAllowed(Role.Names.EMPLOYEE)
class CheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    enum Help { NONE, NORMAL, URGENT }

    final Checkbox met = new Checkbox(tr("checkin.form.met"), false);
    final DatePicker meetingOn = new LocalizedDatePicker(tr("checkin.form.date"));
    final IntegerField minutes = new IntegerField(tr("checkin.form.minutes"));
    final List<GoalProgressRow> goals = new ArrayList<>();
    final TextArea wins = TextLimits.area(tr("checkin.field.wins"), tr("checkin.form.wins-placeholder"),
            Texts.LIMIT);
    final TextArea setbacks = TextLimits.area(tr("checkin.field.setbacks"), tr("checkin.form.setbacks-placeholder"),
            Texts.LIMIT);
    final TextArea lessons = TextLimits.area(tr("checkin.field.lessons"), tr("checkin.form.lessons-placeholder"),
            Texts.LIMIT);
    final TextArea next = TextLimits.area(tr("checkin.field.next"), tr("checkin.form.next-placeholder"),
            Texts.LIMIT);
    final TextArea support = TextLimits.area(tr("checkin.field.support"), tr("checkin.form.support-placeholder"),
            Texts.LIMIT);
    // light radio groups: with Flow's RadioButtonGroup (a button, a label and listeners per option) the form went
    // over the session budget (decision 022)
    final LightRadioGroup<Help> help = new LightRadioGroup<>(tr("checkin.form.help"));
    final LightRadioGroup<Integer> confidence = new LightRadioGroup<>(tr("checkin.form.confidence"));
    final TextArea privateNotes = TextLimits.area(tr("checkin.form.private-notes"),
            tr("checkin.form.private-notes-placeholder"), Texts.LIMIT);
    final Paragraph nudge = new Paragraph(tr("checkin.form.nudge"));
    final Button saveDraft = new Button(tr("checkin.form.save-draft"), e -> save(false));
    final Button submit = new Button(tr("checkin.form.submit"), e -> save(true));

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
        String minutesError = tr("checkin.rule.meeting-minutes", minutes.getMax());
        minutes.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(minutesError)
                .setMinErrorMessage(minutesError).setMaxErrorMessage(minutesError));
        met.addValueChangeListener(e -> {
            meetingOn.setEnabled(e.getValue());
            minutes.setEnabled(e.getValue());
        });
        help.setItems(List.of(Help.values()), h -> tr("checkin.form.help-option." + h.name()));
        confidence.setItems(List.of(1, 2, 3, 4, 5), n -> n == 1 ? tr("checkin.form.confidence-low", n)
                : n == 5 ? tr("checkin.form.confidence-high", n) : String.valueOf(n));
        confidence.setRequiredIndicatorVisible(true);
        confidence.setHorizontal();
        nudge.addClassName("checkin-nudge");
        setbacks.addValueChangeListener(e -> updateNudge());
        lessons.addValueChangeListener(e -> updateNudge());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
    }

    @Override
    public String getPageTitle() {
        return tr("checkin.form.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        detail = RouteIds.load(event, "checkInId", checkIns::detail);
        removeAll();
        add(new Anchor("checkins", tr("checkin.form.back")));
        if (detail == null) {
            add(new H2(tr("checkin.not-found")), Tiles.emptyState(tr("checkin.form.not-found")));
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
        add(section(tr("checkin.form.meeting"), meeting));
        var goalSection = new Div();
        detail.goals().forEach(g -> {
            var row = new GoalProgressRow(g, readOnly);
            goals.add(row);
            goalSection.add(row);
        });
        if (detail.goals().isEmpty()) {
            goalSection.add(Tiles.emptyState(tr("checkin.form.no-goals")));
        }
        add(section(tr("checkin.form.your-goals"), goalSection));
        add(section(tr("checkin.form.this-period"), wins, setbacks, lessons, nudge, next));
        add(section(tr("checkin.form.support"), support, help));
        add(section(tr("checkin.form.how-you-feel"), confidence, privateNotes));
        updateNudge();
        if (!readOnly) {
            boolean submitted = detail.revisions() > 0;
            saveDraft.setVisible(!submitted);
            submit.setText(submitted ? tr("checkin.form.submit-changes") : tr("checkin.form.submit"));
            var buttons = new HorizontalLayout(saveDraft, submit);
            buttons.addClassName("checkin-actions");
            add(buttons);
        }
    }

    private String head() {
        var head = new StringBuilder("<div class=\"checkin-head\">")
                .append(Markup.link("checkins", tr("checkin.form.back"), null, null)).append("<h2>")
                .append(Markup.text(tr("checkin.form.heading", detail.cohortName(), detail.period())))
                .append("</h2><p class=\"page-intro\">").append(Markup.text(detail.revisions() > 0
                        ? tr("checkin.form.facts-submitted", Formats.date(detail.periodStartsOn()),
                        Formats.date(detail.dueOn()), MyCheckInsView.label(detail.state()), detail.revisions())
                        : tr("checkin.form.facts", Formats.date(detail.periodStartsOn()), Formats.date(detail.dueOn()),
                        MyCheckInsView.label(detail.state()))))
                .append("</p>");
        if (detail.feedback() != null) {
            head.append("<div class=\"tile checkin-feedback\"><h3>")
                    .append(Markup.text(tr("checkin.form.feedback-from", detail.feedbackBy()))).append("</h3><p>")
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
                Toasts.success(result.late() ? tr("checkin.form.submitted-late") : tr("checkin.form.submitted"));
                getUI().ifPresent(ui -> ui.navigate("checkins"));
            } else {
                checkIns.saveDraft(detail.id(), detail.version(), input);
                Toasts.success(tr("checkin.form.draft-saved"));
                detail = checkIns.detail(detail.id());
            }
        } catch (BusinessRuleException refusal) {
            if (refusal.getField() == null) {
                var dialog = new ConfirmDialog(tr("checkin.form.not-saved"), tr(refusal.text()),
                        tr("checkin.form.reload"), e -> {
                            detail = checkIns.detail(detail.id());
                            render();
                        });
                dialog.setCancelable(true);
                dialog.setCancelText(tr("checkin.form.keep-text"));
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
