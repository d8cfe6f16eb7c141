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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.upward.base.ui.Translations.tr;

/**
 * Where an employee answers the pairs proposed to them (accept, or decline with a reason for HR) and, in a cohort that
 * lets mentees choose, picks a mentor with room from their profiles and own fit score. Reached from the home page
 * and from the notifications; it is in no menu, because it applies only while something waits.
 */
@Route("pairing")
@RolesAllowed(Role.Names.EMPLOYEE)
class PairingView extends Div implements HasDynamicTitle {

    final List<Button> accepts = new ArrayList<>();
    final List<Button> declines = new ArrayList<>();
    final List<Button> requests = new ArrayList<>();
    private final PairingService pairing;

    PairingView(PairingService pairing) {
        this.pairing = pairing;
        addClassNames("page", "pairing-page");
        render();
    }

    @Override
    public String getPageTitle() {
        return tr("matching.pairing.title");
    }

    private void render() {
        removeAll();
        accepts.clear();
        declines.clear();
        requests.clear();
        add(new H2(tr("matching.pairing.title")));
        var intro = new Paragraph(tr("matching.pairing.intro"));
        intro.addClassName("page-intro");
        add(intro);
        List<Proposal> proposals = pairing.myProposals().stream().filter(p -> !p.requestedByMentee() || p.asMentor())
                .toList();
        List<MentorChoice> choices = pairing.mentorChoices();
        if (proposals.isEmpty() && choices.isEmpty()) {
            add(Tiles.emptyState(tr("matching.pairing.empty")));
            return;
        }
        if (!proposals.isEmpty()) {
            add(new H3(tr("matching.pairing.waiting")));
            proposals.forEach(p -> add(proposalCard(p)));
        }
        for (MentorChoice choice : choices) {
            add(new H3(tr("matching.pairing.choose", choice.cohortName())));
            if (choice.pendingRequest() != null) {
                add(requestCard(choice.pendingRequest()));
            } else if (choice.mentors().isEmpty()) {
                add(Tiles.emptyState(tr("matching.pairing.no-room")));
            } else {
                var hint = new Paragraph(tr("matching.pairing.choose.hint"));
                hint.addClassName("page-intro");
                add(hint);
                choice.mentors().forEach(option -> add(optionCard(option)));
            }
        }
    }

    private Component proposalCard(Proposal p) {
        String headline = p.requestedByMentee() ? tr("matching.pairing.requested-by", p.other().name())
                : p.asMentor() ? tr("matching.pairing.proposed-mentee", p.other().name())
                : tr("matching.pairing.proposed-mentor", p.other().name());
        var card = card(headline, p.cohortName(), p.other(), !p.asMentor(), p.score());
        if (!p.waitingForMe()) {
            var waiting = new Paragraph(tr("matching.pairing.accepted.waiting", p.other().name()));
            waiting.addClassName("pairing-waiting");
            card.add(waiting);
            return card;
        }
        var accept = new Button(tr("matching.pairing.accept"), e -> act(() -> pairing.accept(p.assignmentId()),
                p.waitingForOther() ? tr("matching.pairing.accepted.other-next", p.other().name())
                        : tr("matching.pairing.accepted.starts", p.other().name())));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setAriaLabel(tr("matching.pairing.accept.label", p.other().name()));
        var decline = new Button(tr("matching.pairing.decline.button"), e -> new AnswerDialog(
                tr("matching.pairing.decline.title", p.other().name()),
                tr("matching.pairing.decline.prompt", p.other().name()),
                tr("matching.pairing.decline"), true, reason -> {
                    pairing.decline(p.assignmentId(), reason);
                    Toasts.success(tr("matching.pairing.declined", p.other().name()));
                    render();
                }).open());
        decline.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        decline.setAriaLabel(tr("matching.pairing.decline.title", p.other().name()));
        accepts.add(accept);
        declines.add(decline);
        card.add(buttons(accept, decline));
        return card;
    }

    private Component requestCard(Proposal request) {
        var card = card(tr("matching.pairing.request.title", request.other().name()), request.cohortName(),
                request.other(), true, request.score());
        var waiting = new Paragraph(tr("matching.pairing.request.waiting", request.other().name()));
        waiting.addClassName("pairing-waiting");
        var withdraw = new Button(tr("matching.pairing.request.withdraw"), e -> new AnswerDialog(
                tr("matching.pairing.request.withdraw.title"), tr("matching.pairing.request.withdraw.prompt"),
                tr("matching.pairing.request.withdraw"), false, note -> {
                    pairing.decline(request.assignmentId(), note);
                    Toasts.success(tr("matching.pairing.request.withdrawn", request.other().name()));
                    render();
                }).open());
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        declines.add(withdraw);
        card.add(waiting, buttons(withdraw));
        return card;
    }

    private Component optionCard(MentorOption option) {
        var card = card(option.profile().name(), tr("matching.pairing.option.places-left", option.freePlaces()),
                option.profile(), true, option.score());
        var ask = new Button(tr("matching.pairing.option.ask", option.profile().name()), e -> new AnswerDialog(
                tr("matching.pairing.option.ask.title", option.profile().name()),
                tr("matching.pairing.option.ask.prompt", option.profile().name()),
                tr("matching.pairing.option.send"), false, message -> {
                    pairing.requestMentor(option.mentorEnrollmentId(), message);
                    Toasts.success(tr("matching.pairing.option.sent", option.profile().name()));
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
        var fit = new Span(tr("matching.pairing.fit", ScoreBreakdown.total(score)));
        fit.addClassName("suggestion-score");
        fit.getElement().setAttribute("aria-label", tr("matching.pairing.fit.label", ScoreBreakdown.total(score)));
        var head = new HorizontalLayout(fit, new Div(title, contextLine));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        var card = new Div(head);
        card.addClassNames("tile", "pairing-card");
        card.add(fact(String.join(" · ", present(who.jobTitle(), who.department(), who.location()))));
        if (!who.languages().isEmpty()) {
            card.add(fact(tr("matching.pairing.speaks", String.join(", ", who.languages()))));
        }
        card.add(fact(mentorProfile ? tr("matching.pairing.can-help-with", topics(who.topics()))
                : tr("matching.profile.wants-to-learn", topics(who.topics()))));
        if (who.about() != null && !who.about().isBlank()) {
            var about = new Paragraph(new UserText(who.about()));
            about.addClassName("pairing-about");
            card.add(about);
        }
        if (!score.criteria().isEmpty()) {
            card.add(new Details(tr("matching.pairing.why-this-fit"), new ScoreBreakdown(score)));
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
        return topics.isEmpty() ? tr("matching.pairing.not-given") : String.join(", ", topics);
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
            Toasts.error(tr(refusal.text()));
        }
        render();
    }
}
