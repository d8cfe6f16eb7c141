package com.upward.checkin.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.base.ui.Formats;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.StatusLabels;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A mentee's submitted check-in as their mentor reads it (never the private notes), with the feedback form. */
@Route("mentees/checkins/:checkInId")
@PageTitle("Mentee check-in")
@RolesAllowed(Role.Names.EMPLOYEE)
class MentorCheckInView extends Div implements BeforeEnterObserver {

    final TextArea feedback = TextLimits.area("Your feedback", "What stood out? Name a win, and help turn the "
            + "setback into a next step.", Texts.LIMIT);
    final Checkbox acknowledge = new Checkbox("I have seen the help request and will follow up");
    final Button send = new Button("Send feedback");

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
    public void beforeEnter(BeforeEnterEvent event) {
        checkIn = RouteIds.load(event, "checkInId", mentor::read);
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor("mentees", "← My mentees"));
        if (checkIn == null) {
            add(new H2("Check-in not found"), Tiles.emptyState("This check-in does not exist, is not submitted yet, "
                    + "or belongs to someone you do not mentor now."));
            return;
        }
        add(new H2(new UserText(checkIn.menteeName()), new Text(" · period " + checkIn.period())));
        var facts = new Paragraph(new UserText(checkIn.cohortName()));
        facts.add(" · due " + Formats.date(checkIn.dueOn()) + " · "
                + MyCheckInsView.label(checkIn.state()) + " · confidence " + (checkIn.confidence() == null ? "–"
                : checkIn.confidence() + " of 5") + (Boolean.TRUE.equals(checkIn.meetingHeld())
                ? " · met " + Formats.date(checkIn.meetingOn()) + (checkIn.meetingMinutes() == null ? ""
                : " for " + checkIn.meetingMinutes() + " min") : " · no meeting this period"));
        facts.addClassName("page-intro");
        add(facts);
        if (checkIn.helpRequested()) {
            var help = new Paragraph((checkIn.urgency() == HelpUrgency.URGENT ? "Urgent help request" : "Help request")
                    + (checkIn.helpAcknowledgedAt() == null ? "" : " (acknowledged)") + ": "
                    + checkIn.supportNeeded());
            help.addClassName("checkin-help");
            add(help);
        }
        var goals = new Div(new H3("Goals"));
        checkIn.goals().forEach(g -> goals.add(new Paragraph(new UserText(g.title()), new Text(" · " + g.progress()
                + "% · " + StatusLabels.of(g.status()) + (g.setback() ? " · setback" : "")))));
        if (checkIn.goals().isEmpty()) {
            goals.add(new Paragraph("No goal updates in this check-in."));
        }
        add(goals);
        add(text("Wins", checkIn.wins()), text("Setbacks", checkIn.setbacks()), text("Lessons", checkIn.lessons()),
                text("Next", checkIn.nextSteps()));
        if (!checkIn.helpRequested() && checkIn.supportNeeded() != null) {
            add(text("Support needed", checkIn.supportNeeded()));
        }
        feedback.setValue(checkIn.feedback() == null ? "" : checkIn.feedback());
        acknowledge.setVisible(checkIn.helpRequested() && checkIn.helpAcknowledgedAt() == null);
        send.setText(checkIn.feedback() == null ? "Send feedback" : "Update feedback");
        var form = new Div(new H3("Feedback"), feedback, acknowledge, send);
        form.addClassName("checkin-section");
        add(form, new ConversationPanel(conversations, checkIn.id()));
    }

    private void send() {
        if (TextLimits.overLimit(feedback)) {
            return;
        }
        try {
            mentor.giveFeedback(checkIn.id(), checkIn.version(), feedback.getValue(), acknowledge.getValue());
            Toasts.success("Feedback sent. " + checkIn.menteeName() + " has been told.");
            checkIn = mentor.read(checkIn.id());
            render();
        } catch (BusinessRuleException refusal) {
            feedback.setErrorMessage(refusal.getMessage());
            feedback.setInvalid(true);
        }
    }

    private static Div text(String title, String body) {
        var section = new Div(new H3(title), new Paragraph(body == null ? "–" : body));
        section.addClassName("checkin-section");
        return section;
    }
}
