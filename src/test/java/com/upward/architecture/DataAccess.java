package com.upward.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables and entities a Java source names in its query strings: the string literals of each statement,
 * joined, and taken as a query when they read like one (select … from, insert into, update … set, delete from).
 * Names after from, join, into and update count; paths ({@code join ci.enrollment e}) do not, so a query that
 * walks a mapped association into another feature is not seen: the module check sees those imports.
 */
final class DataAccess {

    /** One table or entity a query names; {@code write} for insert, update and delete. */
    record Access(String name, boolean write) {
    }

    /** A class that reads (or writes) a table of another feature. */
    record Violation(String className, String table, String owner, boolean write) {
        @Override
        public String toString() {
            return className + (write ? " writes " : " reads ") + table + " (owned by " + owner + ")";
        }
    }

    private static final Pattern QUERY = Pattern.compile(
            "(?is)\\bselect\\b.+\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\s+\\w+(\\s+\\w+)?\\s+set\\b|\\bdelete\\s+from\\b");
    private static final String ALIAS = "(\\s+(?:as\\s+)?(?!(?:where|join|left|right|inner|outer|cross|on|group|order|"
            + "set|values|union|limit|having|fetch|for)\\b)\\w+)?";
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(delete\\s+from|from|join(?:\\s+fetch)?|into|update)\\s+(?!(?:fetch|lateral|select)\\b)([A-Za-z_]\\w*)(?![\\w.(])" + ALIAS);
    private static final Pattern MORE = Pattern.compile("(?i)\\G\\s*,\\s*([A-Za-z_]\\w*)(?![\\w.(])" + ALIAS);

    private DataAccess() {
    }

    /** The classes' reads and writes of tables that another feature owns; {@code owners} maps lower-case names. */
    static List<Violation> violations(String className, String feature, String source, Map<String, String> owners,
                                      boolean readModel) {
        List<Violation> found = new ArrayList<>();
        for (Access access : accesses(source)) {
            String owner = owners.get(access.name().toLowerCase(Locale.ROOT));
            if (owner != null && !owner.equals(feature) && (!readModel || access.write())) {
                Violation v = new Violation(className, access.name(), owner, access.write());
                if (!found.contains(v)) {
                    found.add(v);
                }
            }
        }
        return found;
    }

    /** Every table or entity named by the query strings of the source, in order. */
    static List<Access> accesses(String source) {
        List<Access> accesses = new ArrayList<>();
        for (String statement : statements(source)) {
            if (!QUERY.matcher(statement).find()) {
                continue;
            }
            Matcher m = NAMED.matcher(statement);
            while (m.find()) {
                String keyword = m.group(1).toLowerCase(Locale.ROOT);
                boolean write = keyword.startsWith("delete") || keyword.equals("into") || keyword.equals("update");
                accesses.add(new Access(m.group(2), write));
                Matcher more = MORE.matcher(statement);
                int at = m.end();
                while (keyword.equals("from") && more.find(at)) {
                    accesses.add(new Access(more.group(1), false));
                    at = more.end();
                }
            }
        }
        return accesses;
    }

    /** The string literals of each statement (up to ; { or }), joined with spaces; comments are skipped. */
    static List<String> statements(String source) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                i = indexOrEnd(source, "*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = literalEnd(source, i + 3, "\"\"\"");
                current.append(' ').append(source, i + 3, end);
                i = end + 3;
            } else if (c == '"') {
                int end = literalEnd(source, i + 1, "\"");
                current.append(' ').append(source, i + 1, end);
                i = end + 1;
            } else if (c == '\'') {
                i = literalEnd(source, i + 1, "'") + 1;
            } else {
                if ((c == ';' || c == '{' || c == '}') && !current.isEmpty()) {
                    statements.add(unescaped(current));
                    current.setLength(0);
                }
                i++;
            }
        }
        if (!current.isEmpty()) {
            statements.add(unescaped(current));
        }
        return statements;
    }

    private static String unescaped(StringBuilder literals) {
        return literals.toString().replace("\\n", " ").replace("\\t", " ").replace("\\\"", "\"");
    }

    private static int literalEnd(String source, int from, String close) {
        int i = from;
        while (i < source.length() && !source.startsWith(close, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int indexOrEnd(String source, String what, int from) {
        int at = source.indexOf(what, from);
        return at < 0 ? source.length() : at;
    }
}
