package com.upward.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/** SMART goal templates: LEARNING goals anyone may set, OUTCOME goals by department group. */
final class DemoGoalTemplates {

    record Template(String type, String group, String title, String why, String successCriteria,
                    List<String> milestones) {
    }

    private DemoGoalTemplates() {
    }

    /** A template of {@code type} fitting {@code department}, not in {@code used} (titles) if possible. */
    static Template pick(String type, String department, Set<String> used, Random random) {
        String group = groupOf(department);
        List<Template> fitting = TEMPLATES.stream()
                .filter(t -> t.type().equals(type) && (t.group().equals("ANY") || t.group().equals(group)))
                .toList();
        List<Template> fresh = fitting.stream().filter(t -> !used.contains(t.title())).toList();
        List<Template> from = fresh.isEmpty() ? fitting : fresh;
        Template template = from.get(random.nextInt(from.size()));
        used.add(template.title());
        return template;
    }

    private static String groupOf(String department) {
        return switch (department) {
            case "Engineering" -> "ENG";
            case "Product", "Design" -> "PRODUCT";
            case "Sales", "Marketing" -> "GTM";
            default -> "BUSINESS";
        };
    }

    private static Template t(String type, String group, String title, String why, String criteria, String steps) {
        return new Template(type, group, title, why, criteria, List.of(steps.split("\\|")));
    }

    private static final String L = "LEARNING";
    private static final String O = "OUTCOME";

    static final List<Template> TEMPLATES = List.of(
            t(L, "ANY", "Learn to give hard feedback within a week of the moment",
                    "I wait too long and then the feedback feels like an ambush.",
                    "Three feedback conversations held within 7 days of the event; the receivers rate them useful.",
                    "Read up on the situation-behaviour-impact model|Role-play two conversations with my mentor|Hold the first real conversation|Ask the receiver how it landed|Hold two more and compare notes"),
            t(L, "ANY", "Present to a senior audience without reading from notes",
                    "My ideas get lost when I present; people remember the slides, not the point.",
                    "Two presentations to directors or above; feedback says the ask was clear.",
                    "Rewrite my last deck with one message per slide|Record a practice run and watch it|Present at the team meeting|Present to a senior audience|Collect feedback from two listeners"),
            t(L, "ANY", "Say no to low-value work with a clear reason",
                    "I say yes to everything and then my own priorities slip.",
                    "For four weeks, every new request is checked against my top 3; at least three declined with reasons.",
                    "Write down my top 3 priorities with my manager|Draft a polite 'no, because' template|Decline the first request|Review the month with my mentor"),
            t(L, "ANY", "Ask for help within a day of getting stuck",
                    "I lose days trying to solve things alone because asking feels like failing.",
                    "A log of stuck moments shows help requested within 24 hours in 80% of cases.",
                    "Start a simple 'stuck log'|Agree with my lead who to ask for what|Ask within a day three times|Review the log with my mentor"),
            t(L, "ANY", "Run meetings that end with decisions and owners",
                    "Our meetings end with 'let's follow up' and nothing happens.",
                    "Five meetings I run have a written agenda and end with named owners and dates.",
                    "Create an agenda template|Timebox the agenda items|Name a decision owner at the start|Send notes within an hour|Ask attendees whether it was better"),
            t(L, "ANY", "Build a habit of writing down lessons after every project",
                    "I keep repeating the same mistakes because I do not reflect.",
                    "A lessons note exists for every project or milestone this cohort, shared with my mentor.",
                    "Pick a simple lessons format|Write the first note|Share one note with the team|Turn three lessons into a checklist"),
            t(L, "ANY", "Negotiate scope instead of accepting every deadline",
                    "I accept dates I do not believe in and then work weekends.",
                    "Two deadline conversations where I offered scope or date options; both met.",
                    "Learn the 'options, not objections' framing|Prepare options for the next request|Hold the conversation|Deliver on the agreed scope"),
            t(L, "ANY", "Delegate one recurring task completely",
                    "I hold on to work others could do and become the bottleneck.",
                    "One recurring task fully handed over for a month without me stepping back in.",
                    "Choose the task and the person|Write down the purpose, not just the steps|Hand over with one shadowing round|Step back for four weeks|Review together"),
            t(L, "ANY", "Understand how the company makes money",
                    "I want to connect my work to the business and argue with numbers.",
                    "I can explain our revenue model and the three biggest cost lines to my mentor without notes.",
                    "Read the last two quarterly updates|Meet someone from Finance|Map my team's work to a business metric|Explain it back to my mentor"),
            t(L, "ANY", "Handle conflict in the team early and calmly",
                    "I avoid conflict until it explodes.",
                    "Two tensions addressed within a week of noticing them; both people say it helped.",
                    "Read the chapter on difficult conversations|Practise an opening line with my mentor|Address the first tension|Follow up after two weeks"),
            t(L, "ANY", "Protect two focus blocks every week",
                    "My days are fragmented and deep work happens only in the evenings.",
                    "Eight weeks with two uninterrupted 90-minute blocks kept.",
                    "Block the calendar|Tell the team why|Track kept and broken blocks|Review what broke them"),
            t(L, "ANY", "Coach a newer colleague instead of fixing things for them",
                    "I jump in with answers and people stop thinking for themselves.",
                    "Four coaching sessions where I mostly asked questions; the colleague solves the issue.",
                    "Learn the GROW model basics|Agree on sessions with a colleague|Hold sessions one and two|Hold sessions three and four|Ask for feedback on my style"),
            t(O, "ENG", "Ship the billing-service migration to the new database",
                    "The old database is out of support and every incident costs us a weekend.",
                    "All billing traffic on the new database with no P1 incident for 30 days.",
                    "Write the migration design doc|Migrate the read path behind a flag|Migrate the write path|Run both in parallel for two weeks|Switch off the old database"),
            t(O, "ENG", "Cut the CI pipeline time from 25 to 10 minutes",
                    "Slow builds make everyone batch changes, which makes reviews worse.",
                    "Median pipeline time under 10 minutes for two weeks.",
                    "Measure where the time goes|Parallelise the test suites|Cache dependencies|Remove flaky tests or fix them|Report the result to the guild"),
            t(O, "ENG", "Lead the incident review process for the platform team",
                    "Our post-mortems are late and nobody reads them.",
                    "Every P1/P2 has a blameless review within 5 working days; action items tracked to done.",
                    "Draft a review template|Run the first review|Set up the action tracker|Run three more reviews"),
            t(O, "ENG", "Add observability to the checkout flow",
                    "We learn about checkout problems from customers, not from dashboards.",
                    "Dashboards and alerts for the five key checkout steps; the next incident is detected by an alert.",
                    "List the key signals|Instrument the services|Build the dashboard|Define alerts with on-call|Run a game day"),
            t(O, "ENG", "Write and run the test strategy for the mobile release",
                    "Releases slip because testing starts too late.",
                    "Release shipped on the planned date with no critical bug in the first week.",
                    "Agree on the risk areas|Automate the top ten flows|Set up the beta group|Run the release checklist"),
            t(O, "PRODUCT", "Run eight customer discovery interviews for the reporting feature",
                    "We are building on assumptions nobody has checked with customers.",
                    "Eight interviews done, insights shared, and the roadmap item updated with evidence.",
                    "Write the interview guide|Recruit participants with Sales|Hold interviews one to four|Hold interviews five to eight|Share the synthesis"),
            t(O, "PRODUCT", "Launch the redesigned onboarding flow",
                    "Half of new users never finish onboarding.",
                    "Onboarding completion up from 48% to 60% four weeks after launch.",
                    "Audit the current flow|Prototype and test with five users|Ship behind an experiment|Analyse the results|Roll out to everyone"),
            t(O, "PRODUCT", "Publish the design system's first twenty components",
                    "Every team builds its own buttons and the product looks inconsistent.",
                    "Twenty documented components used by at least three teams.",
                    "Inventory existing components|Agree on tokens|Build and document the first ten|Build the next ten|Onboard three teams"),
            t(O, "PRODUCT", "Make the accessibility audit pass for the main flows",
                    "We fail basic accessibility checks, which blocks public-sector deals.",
                    "No critical findings in the external audit for sign-up, checkout and settings.",
                    "Run an internal audit|Fix contrast and focus issues|Fix screen-reader labels|Book and pass the external audit"),
            t(O, "GTM", "Close three deals in the new mid-market segment",
                    "The segment is our growth bet for next year and we lack references.",
                    "Three signed contracts with companies of 200-1000 employees.",
                    "Build the target account list|Run ten discovery calls|Deliver three tailored demos|Negotiate and close"),
            t(O, "GTM", "Raise webinar attendance from 80 to 200 people",
                    "Webinars are our cheapest lead source but few people show up.",
                    "Two webinars with more than 200 live attendees each.",
                    "Analyse past registrations|Test new subject lines|Partner with a guest speaker|Run the first webinar|Run the second webinar"),
            t(O, "GTM", "Build the renewal playbook for key accounts",
                    "Renewals are handled differently by everyone and we lose some by surprise.",
                    "Playbook used for all key-account renewals this half; no surprise churn.",
                    "Interview three senior account managers|Draft the playbook|Pilot on two renewals|Roll out to the team"),
            t(O, "GTM", "Relaunch the customer newsletter",
                    "Open rates have dropped to 14% and nobody owns the content.",
                    "Open rate above 25% for three consecutive issues.",
                    "Survey readers|Define the new format|Ship issue one|Ship issues two and three"),
            t(O, "BUSINESS", "Automate the month-end reconciliation",
                    "The close takes three days of manual spreadsheet work.",
                    "Close completed in two days for two consecutive months.",
                    "Map the current steps|Automate the bank matching|Automate the accrual report|Run a parallel close|Switch over"),
            t(O, "BUSINESS", "Redesign the new-hire onboarding week",
                    "New joiners tell us their first week is confusing and lonely.",
                    "Onboarding satisfaction above 4.2 of 5 for two intakes.",
                    "Interview ten recent joiners|Draft the new week|Pilot with one intake|Adjust and run the second intake"),
            t(O, "BUSINESS", "Consolidate our software vendors",
                    "We pay for overlapping tools and nobody knows who owns the contracts.",
                    "Ten redundant subscriptions cancelled; savings reported to Finance.",
                    "Export all subscriptions|Find the owners|Agree on cancellations|Cancel and report savings"),
            t(O, "BUSINESS", "Build the quarterly headcount forecast model",
                    "Hiring plans change monthly and Finance finds out too late.",
                    "Forecast model used in the quarterly planning; variance below 5%.",
                    "Collect hiring plans|Build the first model|Review with department heads|Use it in quarterly planning"),
            t(O, "BUSINESS", "Cut IT ticket resolution time by a third",
                    "People wait days for simple access requests.",
                    "Median resolution time under 8 working hours for a month.",
                    "Analyse the ticket categories|Automate access requests|Write self-service guides|Measure for a month"));
}
