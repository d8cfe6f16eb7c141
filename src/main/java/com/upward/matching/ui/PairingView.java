package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.Role;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.base.ui.UserText;
import com.upward.matching.internal.MatchScore;
import com.upward.matching.internal.PairingModels.MentorChoice;
import com.upward.matching.internal.PairingModels.MentorOption;
import com.upward.matching.internal.PairingModels.Profile;
import com.upward.matching.internal.PairingModels.Proposal;
import com.upward.matching.internal.PairingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an employee answers the pairs proposed to them (accept, or decline with a reason for HR) and, in a cohort that
 * lets mentees choose, picks a mentor with room from their profiles and own fit score. Reached from the home page
 * and from the notifications; it is in no menu, because it applies only while something waits.
 */
@Route("pairing")
@PageTitle("Your pairing")
@RolesAllowed(Role.Names.EMPLOYEE)
class PairingView extends Div {

    final List<Button> accepts = new ArrayList<>();
    final List<Button> declines = new ArrayList<>();
    final List<Button> requests = new ArrayList<>();
    private final PairingService pairing;

    PairingView(PairingService pairing) {
        this.pairing = pairing;
        addClassNames("page", "pairing-page");
        render();
    }

    private void render() {
        removeAll();
        accepts.clear();
        declines.clear();
        requests.clear();
        add(new H2("Your pairing"));
        var intro = new Paragraph("Pairs proposed to you, and the mentors you can choose from where your cohort lets "
                + "mentees choose. A pair starts, with its check-ins, once both of you have said yes.");
        intro.addClassName("page-intro");
        add(intro);
        List<Proposal> proposals = pairing.myProposals().stream().filter(p -> !p.requestedByMentee() || p.asMentor())
                .toList();
        List<MentorChoice> choices = pairing.mentorChoices();
        if (proposals.isEmpty() && choices.isEmpty()) {
            add(Tiles.emptyState("Nothing waits for you here. When HR proposes a pair to you, or your cohort lets "
                    + "you choose your mentor, it appears on this page and you are told."));
            return;
        }
        if (!proposals.isEmpty()) {
            add(new H3("Waiting for an answer"));
            proposals.forEach(p -> add(proposalCard(p)));
        }
        for (MentorChoice choice : choices) {
            add(new H3("Choose your mentor · " + choice.cohortName()));
            if (choice.pendingRequest() != null) {
                add(requestCard(choice.pendingRequest()));
            } else if (choice.mentors().isEmpty()) {
                add(Tiles.emptyState("No mentor has room for you right now. HR will pair you with a mentor; you "
                        + "are told when they do."));
            } else {
                var hint = new Paragraph("Mentors with room, best fit for you first. The fit score explains itself "
                        + "under each profile. Ask one: they accept, or HR confirms.");
                hint.addClassName("page-intro");
                add(hint);
                choice.mentors().forEach(option -> add(optionCard(option)));
            }
        }
    }

    private Component proposalCard(Proposal p) {
        String headline = p.requestedByMentee() ? p.other().name() + " asks you to be their mentor"
                : p.asMentor() ? "Proposed mentee: " + p.other().name() : "Proposed mentor: " + p.other().name();
        var card = card(headline, p.cohortName(), p.other(), !p.asMentor(), p.score());
        if (!p.waitingForMe()) {
            var waiting = new Paragraph("You accepted. Waiting for " + p.other().name() + " to answer.");
            waiting.addClassName("pairing-waiting");
            card.add(waiting);
            return card;
        }
        var accept = new Button("Accept", e -> act(() -> pairing.accept(p.assignmentId()), p.waitingForOther()
                ? "You accepted. The pair starts once " + p.other().name() + " accepts too."
                : "You accepted. The pair with " + p.other().name() + " starts now."));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setAriaLabel("Accept the pair with " + p.other().name());
        var decline = new Button("Decline…", e -> new AnswerDialog("Decline the pair with " + p.other().name(),
                "Why not? HR reads this to find a better pair; " + p.other().name() + " is not shown it.",
                "Decline", true, reason -> {
                    pairing.decline(p.assignmentId(), reason);
                    Toasts.success("You declined the pair with " + p.other().name() + ". HR is told why.");
                    render();
                }).open());
        decline.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        decline.setAriaLabel("Decline the pair with " + p.other().name());
        accepts.add(accept);
        declines.add(decline);
        card.add(buttons(accept, decline));
        return card;
    }

    private Component requestCard(Proposal request) {
        var card = card("You asked " + request.other().name(), request.cohortName(), request.other(), true,
                request.score());
        var waiting = new Paragraph("Waiting for " + request.other().name() + " or HR to confirm.");
        waiting.addClassName("pairing-waiting");
        var withdraw = new Button("Withdraw request", e -> new AnswerDialog("Withdraw your request",
                "You can then ask another mentor. A note for HR is optional.", "Withdraw request", false,
                note -> {
                    pairing.decline(request.assignmentId(), note);
                    Toasts.success("Your request to " + request.other().name() + " is withdrawn.");
                    render();
                }).open());
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        declines.add(withdraw);
        card.add(waiting, buttons(withdraw));
        return card;
    }

    private Component optionCard(MentorOption option) {
        var card = card(option.profile().name(), option.freePlaces() == 1 ? "1 place left"
                : option.freePlaces() + " places left", option.profile(), true, option.score());
        var ask = new Button("Ask " + option.profile().name(), e -> new AnswerDialog(
                "Ask " + option.profile().name() + " to be your mentor",
                "A short note for " + option.profile().name() + " (optional): what you hope to learn from them.",
                "Send request", false, message -> {
                    pairing.requestMentor(option.mentorEnrollmentId(), message);
                    Toasts.success("Request sent to " + option.profile().name() + ". You are told when they answer.");
                    render();
                }).open());
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        requests.add(ask);
        card.add(buttons(ask));
        return card;
    }

    /** A profile card: who, their facts, what they offer or want, their own words, and the fit explained. */
    private static Div card(String headline, String context, Profile who, boolean mentorProfile, MatchScore score) {
        var title = new H4(headline);
        var contextLine = new Span(context);
        contextLine.addClassName("pairing-context");
        var fit = new Span("Fit " + ScoreBreakdown.total(score));
        fit.addClassName("suggestion-score");
        fit.getElement().setAttribute("aria-label", "Fit score " + ScoreBreakdown.total(score) + " of 100");
        var head = new HorizontalLayout(fit, new Div(title, contextLine));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        var card = new Div(head);
        card.addClassNames("tile", "pairing-card");
        card.add(fact(String.join(" · ", present(who.jobTitle(), who.department(), who.location()))));
        if (!who.languages().isEmpty()) {
            card.add(fact("Speaks " + String.join(", ", who.languages())));
        }
        card.add(fact((mentorProfile ? "Can help with: " : "Wants to learn: ") + topics(who.topics())));
        if (who.about() != null && !who.about().isBlank()) {
            var about = new Paragraph(new UserText(who.about()));
            about.addClassName("pairing-about");
            card.add(about);
        }
        if (!score.criteria().isEmpty()) {
            card.add(new Details("Why this fit", new ScoreBreakdown(score)));
        }
        return card;
    }

    private static Paragraph fact(String text) {
        var fact = new Paragraph(text);
        fact.addClassName("pairing-fact");
        return fact;
    }

    private static List<String> present(String... parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    private static String topics(Set<String> topics) {
        return topics.isEmpty() ? "not given" : String.join(", ", topics);
    }

    private static HorizontalLayout buttons(Button... buttons) {
        var row = new HorizontalLayout(buttons);
        row.addClassName("pairing-actions");
        row.setWrap(true);
        return row;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Toasts.success(done);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal.getMessage());
        }
        render();
    }
}
