package com.upward.checkin.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.base.ui.Formats;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.base.ui.UserText;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.CheckInConversationService;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.checkin.internal.MentorModels.MentorCheckIn;
import com.upward.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static com.upward.base.ui.Translations.tr;

/** A mentee's submitted check-in as their mentor reads it (never the private notes), with the feedback form. */
@Route("mentees/checkins/:checkInId")
@RolesAllowed(Role.Names.EMPLOYEE)
class MentorCheckInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea feedback = TextLimits.area(tr("checkin.review.feedback"), tr("checkin.review.feedback-placeholder"),
            Texts.LIMIT);
    final Checkbox acknowledge = new Checkbox(tr("checkin.review.acknowledge"));
    final Button send = new Button(tr("checkin.review.send"));

    private final MentorCheckInService mentor;
    private final CheckInConversationService conversations;
    private MentorCheckIn checkIn;

    MentorCheckInView(MentorCheckInService mentor, CheckInConversationService conversations) {
        this.mentor = mentor;
        this.conversations = conversations;
        addClassNames("page", "checkin-page");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    public String getPageTitle() {
        return tr("checkin.review.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        checkIn = RouteIds.load(event, "checkInId", mentor::read);
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor("mentees", tr("checkin.review.back")));
        if (checkIn == null) {
            add(new H2(tr("checkin.not-found")), Tiles.emptyState(tr("checkin.review.not-found")));
            return;
        }
        add(new H2(new UserText(checkIn.menteeName()), new Text(tr("checkin.review.period", checkIn.period()))));
        var facts = new Paragraph(new UserText(checkIn.cohortName()));
        facts.add(tr("checkin.review.facts", Formats.date(checkIn.dueOn()), MyCheckInsView.label(checkIn.state()),
                checkIn.confidence() == null ? tr("checkin.review.confidence-unknown")
                        : tr("checkin.review.confidence", checkIn.confidence()), meeting()));
        facts.addClassName("page-intro");
        add(facts);
        if (checkIn.helpRequested()) {
            boolean urgent = checkIn.urgency() == HelpUrgency.URGENT;
            var help = new Paragraph(checkIn.helpAcknowledgedAt() == null
                    ? urgent ? tr("checkin.review.urgent-help", checkIn.supportNeeded())
                    : tr("checkin.review.help", checkIn.supportNeeded())
                    : urgent ? tr("checkin.review.urgent-help-acknowledged", checkIn.supportNeeded())
                    : tr("checkin.review.help-acknowledged", checkIn.supportNeeded()));
            help.addClassName("checkin-help");
            add(help);
        }
        var goals = new Div(new H3(tr("checkin.review.goals")));
        checkIn.goals().forEach(g -> {
            String status = tr("goals.status." + g.status().name());
            goals.add(new Paragraph(new UserText(g.title()), new Text(g.setback()
                    ? tr("checkin.review.goal-with-setback", g.progress(), status)
                    : tr("checkin.review.goal", g.progress(), status))));
        });
        if (checkIn.goals().isEmpty()) {
            goals.add(new Paragraph(tr("checkin.review.no-goal-updates")));
        }
        add(goals);
        add(text(tr("checkin.field.wins"), checkIn.wins()), text(tr("checkin.field.setbacks"), checkIn.setbacks()),
                text(tr("checkin.field.lessons"), checkIn.lessons()),
                text(tr("checkin.field.next"), checkIn.nextSteps()));
        if (!checkIn.helpRequested() && checkIn.supportNeeded() != null) {
            add(text(tr("checkin.field.support"), checkIn.supportNeeded()));
        }
        feedback.setValue(checkIn.feedback() == null ? "" : checkIn.feedback());
        acknowledge.setVisible(checkIn.helpRequested() && checkIn.helpAcknowledgedAt() == null);
        send.setText(checkIn.feedback() == null ? tr("checkin.review.send") : tr("checkin.review.update"));
        var form = new Div(new H3(tr("checkin.review.feedback-heading")), feedback, acknowledge, send);
        form.addClassName("checkin-section");
        add(form, new ConversationPanel(conversations, checkIn.id()));
    }

    /** Whether and when the pair met this period, and for how long. */
    private String meeting() {
        if (!Boolean.TRUE.equals(checkIn.meetingHeld())) {
            return tr("checkin.review.no-meeting");
        }
        return checkIn.meetingMinutes() == null ? tr("checkin.review.met", Formats.date(checkIn.meetingOn()))
                : tr("checkin.review.met-for", Formats.date(checkIn.meetingOn()), checkIn.meetingMinutes());
    }

    private void send() {
        if (TextLimits.overLimit(feedback)) {
            return;
        }
        try {
            mentor.giveFeedback(checkIn.id(), checkIn.version(), feedback.getValue(), acknowledge.getValue());
            Toasts.success(tr("checkin.review.sent", checkIn.menteeName()));
            checkIn = mentor.read(checkIn.id());
            render();
        } catch (BusinessRuleException refusal) {
            feedback.setErrorMessage(tr(refusal.text()));
            feedback.setInvalid(true);
        }
    }

    private static Div text(String title, String body) {
        var section = new Div(new H3(title), new Paragraph(body == null ? "–" : body));
        section.addClassName("checkin-section");
        return section;
    }
}
