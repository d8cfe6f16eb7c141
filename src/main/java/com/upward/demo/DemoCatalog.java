package com.upward.demo;

import java.time.ZoneId;
import java.util.List;

/** The company the demo data describes: locations, departments with their job ladders, skills, topics, interests. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    /** An office with its IANA time zone and the short label people use in availability notes. */
    enum Location {
        BERLIN("Berlin", "Europe/Berlin", "CET"),
        LONDON("London", "Europe/London", "UK time"),
        NEW_YORK("New York", "America/New_York", "ET"),
        AUSTIN("Austin", "America/Chicago", "CT"),
        WARSAW("Warsaw", "Europe/Warsaw", "CET"),
        SINGAPORE("Singapore", "Asia/Singapore", "SGT");

        final String city;
        final ZoneId zone;
        final String zoneLabel;

        Location(String city, String zone, String zoneLabel) {
            this.city = city;
            this.zone = ZoneId.of(zone);
            this.zoneLabel = zoneLabel;
        }
    }

    /**
     * A department: head count (head, managers and individual contributors), the head's level and title, the
     * manager title, the IC roles, offices (the first is the head's), skills and the topics its people care about.
     */
    record Department(String name, int size, int managers, int headLevel, String headTitle, String managerTitle,
                      List<String> icRoles, List<Location> locations, List<String> skills, List<String> topics) {

        /** The title of an individual contributor with {@code role} at {@code level} 1-5. */
        String icTitle(String role, int level) {
            String senior = name.equals("Engineering") ? "Staff " : "Principal ";
            return switch (level) {
                case 1 -> "Junior " + role;
                case 3 -> role + " II";
                case 4 -> "Senior " + role;
                case 5 -> senior + role;
                default -> role;
            };
        }

        String managerTitle(int level) {
            return level >= 7 ? "Senior " + managerTitle : managerTitle;
        }
    }

    static final String CEO_TITLE = "Chief Executive Officer";

    static final List<Department> DEPARTMENTS = List.of(
            new Department("Engineering", 45, 5, 9, "VP Engineering", "Engineering Manager",
                    List.of("Software Engineer", "Software Engineer", "Site Reliability Engineer", "Data Engineer",
                            "QA Engineer"),
                    List.of(Location.BERLIN, Location.WARSAW, Location.LONDON, Location.AUSTIN),
                    List.of("Java", "Kubernetes", "System design", "Code review", "Incident response", "SQL",
                            "Observability", "Testing strategy", "AWS", "Application security"),
                    List.of("System design", "Data-driven decisions", "Leading without authority", "Writing clearly")),
            new Department("Product", 16, 2, 9, "VP Product", "Group Product Manager",
                    List.of("Product Manager", "Product Analyst"),
                    List.of(Location.LONDON, Location.BERLIN, Location.NEW_YORK),
                    List.of("Product discovery", "Roadmapping", "User interviews", "A/B testing", "SQL",
                            "Stakeholder management", "Pricing"),
                    List.of("Prioritisation", "Stakeholder management", "Data-driven decisions", "Strategic thinking")),
            new Department("Design", 12, 1, 8, "Head of Design", "Design Manager",
                    List.of("Product Designer", "UX Researcher"),
                    List.of(Location.BERLIN, Location.LONDON, Location.NEW_YORK),
                    List.of("Figma", "User research", "Prototyping", "Design systems", "Accessibility",
                            "Workshop facilitation", "Visual design"),
                    List.of("Presenting to executives", "Giving feedback", "Writing clearly", "Conflict resolution")),
            new Department("Sales", 22, 3, 9, "VP Sales", "Sales Manager",
                    List.of("Account Executive", "Sales Engineer", "Customer Success Manager"),
                    List.of(Location.NEW_YORK, Location.LONDON, Location.SINGAPORE, Location.AUSTIN),
                    List.of("Negotiation", "Discovery calls", "Salesforce", "Pipeline management", "Account planning",
                            "Objection handling", "Public speaking"),
                    List.of("Negotiation", "Public speaking", "Resilience after setbacks", "Time management")),
            new Department("Marketing", 14, 2, 8, "Head of Marketing", "Marketing Manager",
                    List.of("Content Marketer", "Growth Marketer", "Marketing Analyst"),
                    List.of(Location.LONDON, Location.NEW_YORK, Location.BERLIN),
                    List.of("Copywriting", "SEO", "Campaign analytics", "Brand strategy", "Event planning",
                            "Public speaking", "Social media"),
                    List.of("Writing clearly", "Data-driven decisions", "Public speaking", "Stakeholder management")),
            new Department("Finance", 12, 1, 9, "VP Finance", "Finance Manager",
                    List.of("Financial Analyst", "Accountant", "Payroll Specialist"),
                    List.of(Location.LONDON, Location.WARSAW, Location.NEW_YORK),
                    List.of("Financial modelling", "Excel", "Forecasting", "Audit readiness", "IFRS", "Budgeting",
                            "SQL"),
                    List.of("Presenting to executives", "Data-driven decisions", "Managing up", "Time management")),
            new Department("People", 12, 1, 8, "Head of People", "People Programs Manager",
                    List.of("People Partner", "Recruiter", "Learning & Development Specialist",
                            "People Operations Specialist"),
                    List.of(Location.BERLIN, Location.LONDON, Location.AUSTIN),
                    List.of("Coaching", "Employment law", "Interviewing", "Workshop facilitation",
                            "Conflict resolution", "Compensation", "Onboarding design"),
                    List.of("Conflict resolution", "Hiring and interviewing", "Giving feedback", "Career growth")),
            new Department("Operations", 16, 2, 8, "Head of Operations", "Operations Manager",
                    List.of("Operations Analyst", "IT Support Engineer", "Procurement Specialist",
                            "Workplace Coordinator"),
                    List.of(Location.AUSTIN, Location.WARSAW, Location.SINGAPORE, Location.BERLIN),
                    List.of("Process design", "Vendor management", "Lean", "Jira", "Supply planning",
                            "Risk management", "Data analysis"),
                    List.of("Prioritisation", "Delegation", "Time management", "Stakeholder management")));

    /** Skills anyone may have, mixed into department skills. */
    static final List<String> GENERAL_SKILLS = List.of("Public speaking", "Coaching", "Giving feedback",
            "Stakeholder management", "Time management", "Mentoring", "Facilitation");

    /** The shared vocabulary of mentee focus areas and mentor skills offered, matched against each other. */
    static final List<String> TOPICS = List.of("Giving feedback", "Public speaking", "Stakeholder management",
            "Prioritisation", "Leading without authority", "Career growth", "Negotiation", "Data-driven decisions",
            "System design", "Hiring and interviewing", "Time management", "Resilience after setbacks",
            "Strategic thinking", "Managing up", "Delegation", "Presenting to executives", "Conflict resolution",
            "Writing clearly");

    static final List<String> INTERESTS = List.of("Running", "Chess", "Photography", "Bouldering", "Board games",
            "Cooking", "Gardening", "Cycling", "Jazz", "Podcasts", "Volunteering", "Science fiction", "Hiking",
            "Yoga", "Learning languages", "Woodworking", "Football", "Baking", "Sailing", "Painting");

    /** Second languages some people speak besides English and their local one. */
    static final List<String> EXTRA_LANGUAGES = List.of("French", "Spanish", "German", "Italian", "Japanese");

    static Department department(String name) {
        return DEPARTMENTS.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
