package com.upward.simulation;

import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeDetails;
import com.upward.directory.EmployeeRef;
import com.upward.program.ProgramTestData;
import com.upward.security.AppUser;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import jakarta.persistence.EntityManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of the simulated company: an administrator (the installation's first account), an HR coordinator, an
 * executive, mentors and mentees, each with a directory entry and an account, made through the directory and
 * account services as an administrator would. Each person acts by signing in ({@link #as}).
 */
final class SimPeople {

    /** How a simulated mentee fills in check-ins. */
    enum Habit { ON_TIME, DRAFTS_FIRST, LATE, STOPS_AFTER_TWO, EVERY_OTHER, NEVER }

    /** How a simulated mentor answers submitted check-ins: after this many days, or never. */
    enum Reviews {
        NEXT_DAY(1), WITHIN_A_WEEK(4), NEVER(-1);

        final int days;

        Reviews(int days) {
            this.days = days;
        }
    }

    record Person(String username, long employeeId, long userId, String name) {
    }

    static final String ADMIN = "sim-admin";

    final Person hr;
    final Person exec;
    final Map<String, Person> byUsername = new LinkedHashMap<>();
    private final ProgramTestData signIn;
    private final Map<String, Authentication> sessions = new HashMap<>();

    private SimPeople(ProgramTestData signIn, Person hr, Person exec) {
        this.signIn = signIn;
        this.hr = hr;
        this.exec = exec;
    }

    /** Acts as this person from now on (as after signing in; the account is read once, it does not change). */
    void as(String username) {
        Authentication signedIn = sessions.computeIfAbsent(username, name -> {
            SecurityContextHolder.clearContext();
            signIn.signIn(name);
            return SecurityContextHolder.getContext().getAuthentication();
        });
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }

    Person get(String username) {
        return byUsername.get(username);
    }

    /**
     * The installation's first administrator (written as the installer would, the only row not made through a
     * service), then everyone else through the services. {@code managers} maps a username to their manager's.
     */
    static SimPeople hire(EntityManager em, TransactionTemplate tx, DirectoryService directory,
                          UserAccountService accounts, ProgramTestData signIn, List<String> mentors,
                          List<String> mentees, Map<String, String> managers, LocalDate today) {
        tx.executeWithoutResult(s -> {
            AppUser admin = new AppUser(ADMIN, "admin@sim.upward.test", "Simulation Admin", "{noop}not-used");
            admin.getRoles().add(Role.ADMIN);
            em.persist(admin);
        });
        signIn.signIn(ADMIN);
        List<Person> hired = new ArrayList<>();
        Map<String, Long> employeeIds = new LinkedHashMap<>();
        List<String> everyone = new ArrayList<>(List.of("sim-hr", "sim-exec"));
        everyone.addAll(mentors);
        everyone.addAll(mentees);
        String[] zones = {"Europe/Helsinki", "America/New_York", "Asia/Tokyo", "Europe/Lisbon", "UTC"};
        String[] departments = {"Engineering", "Sales", "Finance", "Product", "Operations"};
        for (int i = 0; i < everyone.size(); i++) {
            String username = everyone.get(i);
            boolean mentor = mentors.contains(username);
            String managerName = managers.get(username);
            EmployeeRef manager = managerName == null ? null
                    : new EmployeeRef(employeeIds.get(managerName), managerName, managerName, "Principal");
            long employeeId = directory.saveEmployee(new EmployeeDetails(null, 0, "SIM-" + (1000 + i),
                    "Sim" + i, capitalized(username), username + "@sim.upward.test", departments[i % 5],
                    mentor ? "Principal" : "Associate", mentor ? 7 + i % 2 : 3 + i % 2, "Remote", zones[i % 5],
                    manager, today.minusYears(2), true, Set.of("feedback", "planning", "hiring"), Set.of(),
                    Set.of("English")));
            employeeIds.put(username, employeeId);
        }
        for (String username : everyone) {
            Set<Role> roles = switch (username) {
                case "sim-hr" -> Set.of(Role.HR, Role.EMPLOYEE);
                case "sim-exec" -> Set.of(Role.EXECUTIVE, Role.EMPLOYEE);
                default -> Set.of(Role.EMPLOYEE);
            };
            var credential = accounts.createAccountFor(employeeIds.get(username), username, roles);
            hired.add(new Person(username, employeeIds.get(username), credential.userId(),
                    credential.displayName()));
        }
        SimPeople people = new SimPeople(signIn, hired.get(0), hired.get(1));
        hired.forEach(p -> people.byUsername.put(p.username(), p));
        return people;
    }

    private static String capitalized(String username) {
        String word = username.replace("sim-", "");
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
