package com.upward.demo;

import java.util.List;
import java.util.Random;

/** Text pools for applications and check-ins: specific, human, a little messy — the way people really write. */
final class DemoTexts {

    /** A setback and what the mentee learned from it. */
    record SetbackLesson(String setback, String lesson) {
    }

    private final Deck<String> wins;
    private final Deck<SetbackLesson> setbacks;
    private final Deck<String> winLessons;
    private final Deck<String> nextSteps;
    private final Deck<String> support;
    private final Deck<String> urgentSupport;
    private final Deck<String> privateNotes;
    private final Deck<String> feedback;
    private final Deck<String> setbackFeedback;
    private final Deck<String> helpAcknowledgements;
    private final Deck<String> goalComments;
    private final Deck<String> menteeMotivations;
    private final Deck<String> mentorMotivations;
    private final Deck<String> availability;
    private final Deck<String> withdrawalReasons;
    private final Deck<String> assignmentReasons;

    DemoTexts(Random random) {
        wins = new Deck<>(WINS, random);
        setbacks = new Deck<>(SETBACKS, random);
        winLessons = new Deck<>(WIN_LESSONS, random);
        nextSteps = new Deck<>(NEXT_STEPS, random);
        support = new Deck<>(SUPPORT, random);
        urgentSupport = new Deck<>(URGENT_SUPPORT, random);
        privateNotes = new Deck<>(PRIVATE_NOTES, random);
        feedback = new Deck<>(FEEDBACK, random);
        setbackFeedback = new Deck<>(SETBACK_FEEDBACK, random);
        helpAcknowledgements = new Deck<>(HELP_ACKNOWLEDGEMENTS, random);
        goalComments = new Deck<>(GOAL_COMMENTS, random);
        menteeMotivations = new Deck<>(MENTEE_MOTIVATIONS, random);
        mentorMotivations = new Deck<>(MENTOR_MOTIVATIONS, random);
        availability = new Deck<>(AVAILABILITY, random);
        withdrawalReasons = new Deck<>(WITHDRAWAL_REASONS, random);
        assignmentReasons = new Deck<>(ASSIGNMENT_REASONS, random);
    }

    String win() { return wins.draw(); }
    SetbackLesson setback() { return setbacks.draw(); }
    String winLesson() { return winLessons.draw(); }
    String nextStep() { return nextSteps.draw(); }
    String support() { return support.draw(); }
    String urgentSupport() { return urgentSupport.draw(); }
    String privateNote() { return privateNotes.draw(); }
    String goalComment() { return goalComments.draw(); }
    String menteeMotivation() { return menteeMotivations.draw(); }
    String mentorMotivation() { return mentorMotivations.draw(); }
    String availability(String zoneLabel) { return availability.draw().formatted(zoneLabel); }
    String withdrawalReason() { return withdrawalReasons.draw(); }
    String assignmentReason() { return assignmentReasons.draw(); }

    /** The mentor's feedback on a check-in, addressed to the mentee by first name. */
    String feedback(String firstName, boolean hadSetback, boolean acknowledgesHelp) {
        String body = (hadSetback ? setbackFeedback.draw() : feedback.draw()).formatted(firstName);
        return acknowledgesHelp ? helpAcknowledgements.draw() + " " + body : body;
    }

    private static final List<String> WINS = List.of(
            "Ran the sprint demo on my own for the first time — two stakeholders asked follow-up questions instead of checking their phones.",
            "Gave direct feedback to a peer about missed handovers, using the situation–behaviour–impact format we practised. It landed well.",
            "Closed the first two milestones a week early.",
            "Said no to a low-value request and explained why; my manager backed the call.",
            "Wrote a one-page decision memo and got sign-off without a meeting.",
            "Paired with a senior colleague on the on-call runbook and fixed three stale steps.",
            "Presented the quarterly numbers to the leads without reading from my notes.",
            "Ran my first customer discovery interview; learned more in 40 minutes than from a month of tickets.",
            "Asked for help on day two instead of day ten.",
            "Delegated the weekly report to a teammate — and it came back better than mine.",
            "Tried one of the negotiation techniques from the course in a real renewal call. It worked.",
            "Got a thank-you message from a new joiner I onboarded.",
            "Shipped the first slice of the migration behind a feature flag. No incidents.",
            "My proposal for a new retro format was adopted by the team.",
            "Kept my two focus blocks every week for three weeks in a row.",
            "Facilitated a workshop with 12 people and we finished on time, with owners for every action.",
            "Mapped the stakeholders for the project and finally met the two I had been avoiding.",
            "Handled a tough question in the all-hands calmly — and admitted what I did not know.",
            "Closed a renewal at full price after handling the discount objection.",
            "Cut the month-end reconciliation from three days to two.",
            "Ran the incident review without blame; the team came up with four fixes themselves.",
            "Finished the SQL course and rebuilt our funnel report with window functions.",
            "Booked a skip-level conversation and came out with a clear picture of what 'senior' means here.",
            "Wrote the design doc's risks section first, as planned. Review took one round instead of three.",
            "Coached a junior colleague through her first release — she did it, I only watched.",
            "Got the vendor to agree to quarterly invoicing, which saves us a lot of chasing.",
            "Gave a five-minute lightning talk at the guild meeting. Nervous, but people came up afterwards.",
            "Turned a complaint from a customer into a small fix that shipped the same week.",
            "Cleared my backlog of review requests and set up a rota so it doesn't pile up again.",
            "Asked my manager for feedback instead of waiting for the review cycle. Useful and not scary at all.");

    private static final List<SetbackLesson> SETBACKS = List.of(
            new SetbackLesson("Demo to the steering group slipped a week because the data export failed; I had not tested it on production-size data.",
                    "Rehearse with real data the day before."),
            new SetbackLesson("I froze when the VP challenged my estimate and agreed to a date I don't believe in.",
                    "It is fine to say 'let me come back to you tomorrow' instead of committing on the spot."),
            new SetbackLesson("Skipped two focus blocks for 'urgent' requests that turned out not to be urgent.",
                    "Ask 'by when do you really need this?' before dropping my plan."),
            new SetbackLesson("The feedback conversation with my peer went sideways; I led with my conclusion instead of what I had observed.",
                    "Start with what I saw, not with what I think it means."),
            new SetbackLesson("Missed the milestone for the stakeholder map — I kept postponing the calls with Sales.",
                    "Book the uncomfortable meetings first thing in the week."),
            new SetbackLesson("My first draft of the design doc got torn apart in review for missing a rollback plan.",
                    "Write the failure section before the happy path."),
            new SetbackLesson("Lost a deal at the last step: procurement wanted a security review nobody had planned for.",
                    "Ask about the buying process in the first call, not the last."),
            new SetbackLesson("The workshop overran by 40 minutes and we left without decisions.",
                    "Timebox every agenda item and name a decision owner up front."),
            new SetbackLesson("Tried to do the whole migration in one go and had to roll back on Friday evening.",
                    "Smaller slices — and no big changes on a Friday."),
            new SetbackLesson("Did not get to the course module at all; the quarter-end close took every evening.",
                    "Plan learning time around the known peaks instead of hoping for a quiet week."),
            new SetbackLesson("My presentation had too many slides and the audience was lost after slide eight.",
                    "One message per slide, and cut everything that does not support the ask."),
            new SetbackLesson("I delegated the report but did not explain the why, so it came back answering the wrong question.",
                    "Hand over the purpose and the audience, not just the template."),
            new SetbackLesson("Postponed the session with my mentor twice.",
                    "Protect the mentoring slot like a customer meeting."),
            new SetbackLesson("The forecast was 18% off because I reused last year's churn assumptions.",
                    "Check assumptions with the people closest to the data first."),
            new SetbackLesson("A candidate I pushed for turned down the offer; I never asked what mattered to her.",
                    "Ask about motivations early and listen for them in every conversation."),
            new SetbackLesson("Got defensive when the design critique questioned the navigation.",
                    "Say 'tell me more' before explaining my reasoning."),
            new SetbackLesson("Our incident review turned into a blame discussion and I did not steer it back.",
                    "State the no-blame ground rules at the start, out loud."),
            new SetbackLesson("Underestimated the contract review; the renewal went to a month-to-month extension.",
                    "Start legal reviews six weeks before the deadline, not two."),
            new SetbackLesson("Said yes to three side projects and delivered none of them well.",
                    "Before I say yes, I say what I will stop doing."),
            new SetbackLesson("The A/B test ran a week without tracking because the event name had a typo.",
                    "Verify tracking on day one with a test event."),
            new SetbackLesson("Wrote a long chat message instead of talking to my colleague, and the misunderstanding grew.",
                    "When tone matters, switch to a call early."),
            new SetbackLesson("The new onboarding checklist confused managers; half of them ignored it.",
                    "Test a new process with two real users before rolling it out to everyone."),
            new SetbackLesson("Gave up on the SQL exercises after getting stuck on window functions.",
                    "When I am stuck for 30 minutes, I ask — I do not quit."),
            new SetbackLesson("The offsite budget went over by 12% because of late bookings.",
                    "Lock bookings as soon as the dates are confirmed."),
            new SetbackLesson("My estimate for the reporting feature was off by three weeks.",
                    "Break estimates into pieces no bigger than two days."),
            new SetbackLesson("I avoided the tension between two people in the team, hoping it would solve itself. It got worse.",
                    "Address tension within a week; waiting only makes it harder."),
            new SetbackLesson("Sent the board summary with an outdated number and had to send a correction.",
                    "A second pair of eyes on anything that goes upward."),
            new SetbackLesson("I ran the planning meeting without an agenda and we spent an hour on one topic.",
                    "Send the agenda the day before and ask what is missing."));

    private static final List<String> WIN_LESSONS = List.of(
            "Preparation beats talent: the rehearsal made the difference.",
            "Asking a question early saves a week later.",
            "People respond better to a clear 'no, because' than to a vague 'maybe later'.",
            "Small, visible progress builds more trust than a big reveal.",
            "Writing things down first makes the meeting half as long.",
            "When I share the context, people make better decisions than I would have.",
            "Celebrating the small win with the team gave everyone energy for the next one.",
            "I do not need to have every answer; saying 'I will find out' is enough.");

    private static final List<String> NEXT_STEPS = List.of(
            "Dry-run the export with the data team on Thursday.",
            "Draft the stakeholder map and go through it with my mentor.",
            "Use the situation–behaviour–impact format in my next two 1:1s.",
            "Block two 90-minute focus slots every week and defend them.",
            "Ask two peers for feedback on the presentation before the real thing.",
            "Split the migration into three slices and ship the first one.",
            "Finish module 3 of the course before our next session.",
            "Write down the decision log for the project and share it with the team.",
            "Pair with a senior colleague on the next incident review.",
            "Practise the pitch out loud three times, once on video.",
            "Agree on a deadline with my manager that I actually believe in.",
            "Hand over the weekly report fully, including the why.",
            "Book the two uncomfortable stakeholder meetings first thing Monday.",
            "Prepare three questions for the skip-level conversation.",
            "Set up a 15-minute weekly check with the new joiner.",
            "Try the new retro format once and ask the team whether to keep it.",
            "Read the chapter on difficult conversations my mentor suggested.",
            "Prototype the dashboard with real data before showing it to anyone.",
            "Ask the finance lead to review my assumptions before I present.",
            "Say no to one new request this week and see what happens.");

    private static final List<String> SUPPORT = List.of(
            "Could you look at my slides before Thursday?",
            "I would like to role-play the salary conversation before Monday.",
            "Can you introduce me to someone who has run a migration like this?",
            "I need advice on how to push back on my manager's timeline.",
            "Quarter-end is eating me alive; could you help me prioritise the next two weeks?",
            "How do you prepare for a conversation with a difficult stakeholder?",
            "I would love a second opinion on my goal — is it still realistic?",
            "Could you share how you structure your week? Mine keeps falling apart by Wednesday.",
            "I am not sure whether to apply for the team lead role. Can we talk it through?",
            "Can we do a mock interview for the internal move?");

    private static final List<String> URGENT_SUPPORT = List.of(
            "The launch is at risk and my manager is away — I need to talk before Friday's go/no-go.",
            "I have been asked to present to the leadership team tomorrow and I am not prepared. Can we talk today?",
            "A conflict in the team escalated this morning; I need advice before the retro.",
            "I made a mistake in the customer contract and need help deciding how to tell them.");

    private static final List<String> PRIVATE_NOTES = List.of(
            "More tired than usual lately — keep an eye on it.",
            "I think I am ready to ask for the senior role. Not telling anyone yet.",
            "The reorg rumours are distracting me more than I admit.",
            "Remember: the anxious feeling before presenting is normal, it goes away after two minutes.",
            "My manager and I see the priorities differently. Need to raise it carefully.",
            "Good week. Write more of these down.",
            "Considering the internal move to the platform team.",
            "Do not compare myself to the people who joined with ten years of experience.");

    private static final List<String> FEEDBACK = List.of(
            "Great progress, %s. The way you prepared shows — keep doing the rehearsal step.",
            "Nice work, %s. Let's talk next time about how to make this repeatable for the team.",
            "Love the win, %s. Take a moment to celebrate it before rushing to the next thing.",
            "Solid period, %s. I would push a bit harder on the second goal — what is the smallest next step?",
            "Thanks for the honest update, %s. Your next steps are concrete; I'll ask about them when we meet.",
            "This is exactly the kind of progress we hoped for, %s. Well done.",
            "Good stuff, %s. Consider sharing your memo as an example for others.",
            "%s, you are underselling this. Saying no with a reason is a leadership skill.",
            "Really pleased to read this, %s. Let's set a slightly bolder target for the next period.",
            "Clear and specific, %s — easy to follow. Keep the focus blocks, they are working.");

    private static final List<String> SETBACK_FEEDBACK = List.of(
            "Thanks for writing the setback down so plainly, %s. The lesson you drew is the right one — let's make it a checklist.",
            "%s, this is what failing forward looks like: you noticed, you named it, you changed something.",
            "Setbacks like this are exactly what the program is for, %s. What would you tell a colleague in the same spot?",
            "Don't be too hard on yourself, %s. I made the same mistake twice before I learned it.",
            "Good reflection, %s. Next time, let's talk through the risk before it happens — bring it to our session.",
            "The lesson is spot on, %s. Try it once this week and tell me what changed.",
            "I like that you wrote down what you'll do differently, %s. That is the part most people skip.",
            "Tough period, %s, but the way you handled the aftermath was professional.");

    private static final List<String> HELP_ACKNOWLEDGEMENTS = List.of(
            "Happy to help — I've sent you a slot for tomorrow.",
            "Yes, let's do it; I blocked 45 minutes on Thursday.",
            "Of course. I'll bring an example from my own project.",
            "Got it — I pinged you on chat so we can find a time this week.");

    private static final List<String> GOAL_COMMENTS = List.of(
            "Good goal. Can you make the success criteria measurable?",
            "I like that you broke this into small milestones.",
            "Consider moving the target date: quarter-end will eat two weeks.",
            "This one matters most for your promotion case — let's prioritise it.",
            "The first milestone is the hardest. Once it's done, the rest will follow.",
            "Nice progress! Who else could benefit from what you are learning here?",
            "Let's check in on this one specifically next session.",
            "Pivoting was the right call. The new goal is sharper.",
            "Maybe pair with someone from the platform team on this.",
            "Remember to write down the lessons, not only the results.");

    private static final List<String> MENTEE_MOTIVATIONS = List.of(
            "I just moved into a role with more visibility and I want to get better at presenting and handling pushback.",
            "I tend to hide my mistakes until they are fixed. I want to learn to talk about them earlier.",
            "I would like to grow towards a lead role and need someone outside my team to challenge me.",
            "I am good at the technical side but struggle with stakeholder management.",
            "After a difficult project last year I want to rebuild my confidence and learn from what went wrong.",
            "I want to learn how senior people prioritise when everything seems urgent.",
            "I am new to the company and would like a mentor who knows how decisions really get made here.",
            "Giving feedback is hard for me, especially to people more senior than me.",
            "I want to get better at negotiating — with customers and inside the company.",
            "I would like to set clearer goals for myself and actually follow through on them.");

    private static final List<String> MENTOR_MOTIVATIONS = List.of(
            "I had great mentors early on and want to pay it forward.",
            "Mentoring keeps me honest about my own habits — I learn as much as I teach.",
            "I made most of the mistakes in the book and am happy to share them.",
            "I enjoy helping people find their own answers rather than giving them mine.",
            "I would like to support people outside my department and understand their challenges.",
            "I care about building a culture where setbacks are discussed openly.",
            "I have led several migrations and re-orgs and can share what worked and what did not.",
            "I want to practise coaching before taking on a bigger team.");

    private static final List<String> AVAILABILITY = List.of(
            "Tuesday and Thursday mornings (%s)",
            "Any afternoon except Fridays (%s)",
            "Flexible; early mornings work best (%s)",
            "Mondays after 2 pm or Wednesday lunch (%s)",
            "Every other Thursday, 4-5 pm (%s)",
            "Mornings before 11 (%s), not during quarter-end",
            "Wednesdays, any time (%s)",
            "Late afternoons (%s); happy to do video calls");

    private static final List<String> WITHDRAWAL_REASONS = List.of(
            "Moved to a new role and cannot commit the time right now.",
            "Parental leave starts next month.",
            "Project deadline moved; will apply for the next cohort.",
            "Workload in the team is too high this quarter.");

    private static final List<String> ASSIGNMENT_REASONS = List.of(
            "Accepted from the auto-match preview.",
            "Top suggestion for the mentee; strong overlap in focus areas.",
            "Mentee asked for someone outside their department.",
            "Good level gap and shared working hours.",
            "Manual pick: mentor has led a similar project before.");
}
