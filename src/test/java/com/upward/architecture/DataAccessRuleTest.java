package com.upward.architecture;

import com.upward.architecture.DataAccess.Access;
import com.upward.architecture.DataAccess.Violation;
import com.upward.base.ReadModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for reading data: a feature's queries name its own tables and entities only. Another feature's data comes
 * through that feature's service, or in a class marked {@link ReadModel} (read-only, across features on purpose).
 * Owners come from the entities ({@code @Entity}, {@code @Table}, {@code @CollectionTable}) in each feature's
 * package; the tables without an entity are mapped here.
 */
class DataAccessRuleTest {

    private static final Path MAIN = Path.of("src/main/java/com/upward");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** Tables that no entity maps, with the feature that owns them. */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.of(
            "shedlock", "notification", // the scheduled jobs' locks (SchedulingConfig)
            "sign_in_failure", "security",
            "password_reset", "security", // PasswordResetService: hashed reset links, read by token
            "employee_history", "directory"); // EmployeeHistory: written by insert-select, read by reporting
    /** The demo generator fills every feature's tables at first start (default profile only): a fixture, not a reader. */
    private static final String DEMO = "demo";
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b(?:\\(name\\s*=\\s*\"(\\w+)\"\\))?");
    private static final Pattern TABLE = Pattern.compile("@(?:Table|CollectionTable)\\(name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    private static Map<String, String> owners;

    @BeforeAll
    static void findOwners() {
        owners = new HashMap<>(TABLES_WITHOUT_ENTITY);
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher entity = ENTITY.matcher(source);
            if (!entity.find()) {
                continue;
            }
            String name = entity.group(1) != null ? entity.group(1) : file.getFileName().toString().replace(".java", "");
            owners.put(name.toLowerCase(), feature(file));
            Matcher table = TABLE.matcher(source);
            while (table.find()) {
                owners.put(table.group(1).toLowerCase(), feature(file));
            }
        }
    }

    @Test
    void noFeatureReadsTheTablesOfAnother() {
        List<Violation> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            String className = className(file);
            if (feature(file).equals(DEMO)) {
                continue;
            }
            violations.addAll(DataAccess.violations(className, feature(file), read(file), owners,
                    isReadModel(className)));
        }
        assertThat(violations).as("Read another feature's data through its service, or mark a read-only query class "
                        + "that aggregates across features @ReadModel; these read tables they do not own:")
                .isEmpty();
    }

    @Test
    void everyTableHasAnOwningFeature() {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.map(DataAccessRuleTest::read).forEach(sql -> {
                Matcher m = CREATE_TABLE.matcher(sql);
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tables).hasSizeGreaterThan(20);
        assertThat(tables).as("map a new table without an entity in TABLES_WITHOUT_ENTITY")
                .allSatisfy(table -> assertThat(owners).containsKey(table));
        assertThat(owners).containsEntry("goal", "goals").containsEntry("appuser", "security")
                .containsEntry("enrollment_topic", "program").containsEntry("checkin", "checkin");
    }

    @Test
    void theScannerFindsTheTablesAndEntitiesOfQueryStringsOnly() {
        String source = """
                class Sample {
                    // select x from commented_out
                    /* select y from also_commented */
                    List<Goal> goals() {
                        return em.createQuery("select g from Goal g join fetch g.enrollment e where e.id = :id",
                                Goal.class).getResultList();
                    }
                    void sql() {
                        jdbc.sql(\"""
                                select count(*) from check_in ci, program p join enrollment e on e.id = ci.enrollment_id
                                left join app_user u on u.employee_id = e.employee_id
                                where extract(year from ci.due_on) = 2027\""").query(Long.class).single();
                        jdbc.update("update goal set progress = 0 where id in (select goal_id from " + "milestone)");
                        jdbc.update("insert into notification (title) values ('a; b')");
                        throw new BusinessRuleException("Pick a cohort from program X, then select it.");
                    }
                }
                """;
        assertThat(DataAccess.accesses(source)).containsExactly(new Access("Goal", false),
                new Access("check_in", false), new Access("program", false), new Access("enrollment", false),
                new Access("app_user", false), new Access("goal", true), new Access("milestone", false),
                new Access("notification", true));
    }

    @Test
    void aClassReadingAnotherFeaturesTableIsNamedUnlessItIsAReadModelThatOnlyReads() {
        String source = """
                class CheckInQueries {
                    List<Goal> goals(long id) {
                        return em.createQuery(\"""
                                select g from Goal g where g.enrollment.id = :id\""", Goal.class).getResultList();
                    }
                    int mine() { return jdbc.sql("select count(*) from check_in").query(Integer.class).single(); }
                    void touch() { jdbc.update("update app_user set locked = false"); }
                }
                """;
        Map<String, String> owners = Map.of("goal", "goals", "check_in", "checkin", "app_user", "security");

        assertThat(DataAccess.violations("checkin.CheckInQueries", "checkin", source, owners, false))
                .extracting(Violation::toString).containsExactly(
                        "checkin.CheckInQueries reads Goal (owned by goals)",
                        "checkin.CheckInQueries writes app_user (owned by security)");
        assertThat(DataAccess.violations("checkin.CheckInQueries", "checkin", source, owners, true))
                .extracting(Violation::toString)
                .containsExactly("checkin.CheckInQueries writes app_user (owned by security)");
        assertThat(DataAccess.violations("goals.GoalQueries", "goals", "String q = \"select g from Goal g\";", owners,
                false)).isEmpty();
    }

    private static boolean isReadModel(String className) {
        try {
            return Class.forName("com.upward." + className).isAnnotationPresent(ReadModel.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className, e);
        }
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java") && MAIN.relativize(f).getNameCount() > 1
                    && !f.getFileName().toString().equals("package-info.java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature: the first package below com.upward. */
    private static String feature(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    /** The class as feature.sub.Name, below com.upward. */
    private static String className(Path file) {
        return MAIN.relativize(file).toString().replace(".java", "").replace('/', '.');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
