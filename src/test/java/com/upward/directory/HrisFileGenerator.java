package com.upward.directory;

import com.upward.directory.internal.HrisColumn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic HRIS export of any size: a reporting tree (CEO, department heads, managers of about eight people),
 * varied names with accents, tags, quoted titles with commas, a few inactive people. Deterministic per seed.
 */
final class HrisFileGenerator {

    private static final String[] FIRST = {"Amara", "Jonas", "Lucía", "Wei", "Priya", "Tom", "Zoë", "Łukasz",
            "Aiko", "Mateo", "Fatima", "Sven", "Chloé", "Ravi", "Ingrid", "Kwame", "Olga", "Diego", "Hana", "Emre",
            "Noah", "Maya", "Björn", "Leila", "Tariq", "Sofia", "Kenji", "Ana", "Dmitri", "Grace"};
    private static final String[] LAST = {"Nwosu", "Berg", "Fernández", "Chen", "Raman", "Okafor", "Ødegård",
            "Wiśniewski", "Tanaka", "García", "Haddad", "Larsen", "Dubois", "Iyer", "Johansson", "Mensah", "Ivanova",
            "López", "Kim", "Yılmaz", "Smith", "Cohen", "Andersson", "Rahimi", "Aziz", "Rossi", "Sato", "Silva",
            "Petrov", "O'Brien"};
    private static final String[] DEPARTMENTS = {"Engineering", "Product", "Design", "Sales", "Marketing", "Finance",
            "People", "Operations", "Legal", "Customer Success"};
    private static final String[][] LOCATIONS = {{"Berlin", "Europe/Berlin"}, {"London", "Europe/London"},
            {"Lisbon", "Europe/Lisbon"}, {"New York", "America/New_York"}, {"Singapore", "Asia/Singapore"},
            {"Toronto", "America/Toronto"}, {"Warsaw", "Europe/Warsaw"}, {"Bangalore", "Asia/Kolkata"}};
    private static final String[] SKILLS = {"java", "sql", "kubernetes", "python", "negotiation", "public speaking",
            "design systems", "forecasting", "hiring", "coaching", "typescript", "contract law", "analytics",
            "customer interviews", "budgeting", "incident response"};
    private static final String[] INTERESTS = {"mentoring", "chess", "running", "wellbeing", "open source", "writing"};
    private static final String[] LANGUAGES = {"English", "German", "Spanish", "Portuguese", "Mandarin", "Hindi",
            "Polish", "French", "Japanese"};

    private HrisFileGenerator() {
    }

    /** {@code rows} employees numbered {prefix}-1 …; {@code variant} changes the job title of every 10th row. */
    static byte[] generate(String prefix, int rows, long seed, int variant) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(rows * 220);
        csv.append('\uFEFF').append(ImportFiles.FULL_HEADER).append("\r\n");
        int[] departmentOf = new int[rows + 1];
        int[] depthOf = new int[rows + 1];
        for (int n = 1; n <= rows; n++) {
            // a tree with eight reports per manager: 1 is the CEO, 2..9 report to 1, 10..17 to 2, and so on
            int parent = n == 1 ? 0 : (n - 2) / 8 + 1;
            depthOf[n] = n == 1 ? 0 : depthOf[parent] + 1;
            departmentOf[n] = n == 1 ? 7 : depthOf[n] == 1 ? (n - 2) % DEPARTMENTS.length : departmentOf[parent];
            int department = departmentOf[n];
            String manager = n == 1 ? "" : prefix + "-" + parent;
            int level = Math.max(1, 10 - 2 * depthOf[n] + (depthOf[n] > 0 ? random.nextInt(2) : 0));
            String[] location = LOCATIONS[random.nextInt(LOCATIONS.length)];
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String title = level >= 6 ? DEPARTMENTS[department] + " Manager" : "Specialist, " + DEPARTMENTS[department];
            if (variant > 0 && n % 10 == 0) {
                title = title + " (rev " + variant + ")";
            }
            csv.append(prefix).append('-').append(n).append(',')
                    .append(first).append(',')
                    .append(quoted(last)).append(',')
                    .append(email(first, last, prefix, n)).append(',')
                    .append(DEPARTMENTS[department]).append(',')
                    .append(quoted(title)).append(',')
                    .append(level).append(',')
                    .append(location[0]).append(',')
                    .append(location[1]).append(',')
                    .append(manager).append(',')
                    .append(LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6500))).append(',')
                    .append(tags(random, SKILLS, 4)).append(',')
                    .append(tags(random, INTERESTS, 2)).append(',')
                    .append(languages(random)).append(',')
                    .append(random.nextInt(50) == 0 ? "false" : "true")
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String email(String first, String last, String prefix, int n) {
        String local = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "");
        return local + "." + prefix.toLowerCase() + n + "@bench.example";
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String languages(Random random) {
        String languages = tags(random, LANGUAGES, 3);
        return languages.isEmpty() ? "English" : languages;
    }

    private static String tags(Random random, String[] pool, int max) {
        int count = random.nextInt(max + 1);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tag = pool[random.nextInt(pool.length)];
            if (!picked.contains(tag)) {
                picked.add(tag);
            }
        }
        return String.join(HrisColumn.TAG_SEPARATOR, picked);
    }
}
