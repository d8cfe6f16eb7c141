package com.upward.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts the simulated users sign in with, and the rows the run must leave behind. Each account belongs to a
 * mentee of a running cohort with many open (due or overdue) check-ins, because every pass of the journey submits
 * one: a submitted check-in has no "Save draft" any more, so the next pass takes the next open one, as the home
 * page's "Start check-in" button does.
 */
final class LoadAccounts {

    static final String PREFIX = "load.";

    private final String url;
    private final String user;
    private final String password;

    LoadAccounts(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** One row per simulated user: its username, and how many open check-ins it starts with. */
    record Account(String username, int openCheckIns) {
    }

    /**
     * Creates (once) an account {@code load.<employee id>} with role EMPLOYEE for each of the {@code count} mentees
     * of ACTIVE cohorts with the most open check-ins, with the demo {@code mentee}'s password hash (password
     * "upward"); clears their failed sign-ins. Returns them, most open check-ins first.
     */
    List<Account> prepare(int count) throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            var hash = db.prepareStatement("select password_hash from app_user where username = 'mentee'");
            var rs = hash.executeQuery();
            if (!rs.next()) {
                throw new IllegalStateException("no demo account 'mentee' to copy the password hash from");
            }
            String passwordHash = rs.getString(1);
            var pick = db.prepareStatement("""
                    select e.employee_id, sum(ci.status in ('DUE', 'DRAFT')) open_count
                    from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                    left join app_user u on u.employee_id = e.employee_id
                    where c.status = 'ACTIVE' and e.side = 'MENTEE' and e.status = 'ACCEPTED'
                      and (u.id is null or u.username like 'load.%')
                    group by e.employee_id having open_count > 0
                    order by open_count desc, e.employee_id limit ?""");
            pick.setInt(1, count);
            var picked = pick.executeQuery();
            List<Account> accounts = new ArrayList<>();
            var insert = db.prepareStatement("""
                    insert ignore into app_user (username, email, display_name, password_hash, employee_id, created_at,
                      updated_at) values (?, ?, ?, ?, ?, current_timestamp(6), current_timestamp(6))""");
            while (picked.next()) {
                long employee = picked.getLong(1);
                String username = PREFIX + employee;
                insert.setString(1, username);
                insert.setString(2, username + "@load.upward.example");
                insert.setString(3, "Load user " + employee);
                insert.setString(4, passwordHash);
                insert.setLong(5, employee);
                insert.addBatch();
                accounts.add(new Account(username, picked.getInt(2)));
            }
            insert.executeBatch();
            db.createStatement().executeUpdate("""
                    insert ignore into user_role (user_id, role)
                    select id, 'EMPLOYEE' from app_user where username like 'load.%'""");
            db.createStatement().executeUpdate("delete from sign_in_failure where username like 'load.%'");
            db.commit();
            if (accounts.size() < count) {
                throw new IllegalStateException("only " + accounts.size() + " mentees with open check-ins, need "
                        + count + ": load the large data set (docs/benchmarks.md)");
            }
            return accounts;
        }
    }

    /** What the load users' check-ins hold now: submitted and draft check-ins, revisions (one per submission). */
    Map<String, Long> counts() throws SQLException {
        try (Connection db = connect()) {
            String mine = """
                    from check_in ci join enrollment e on e.id = ci.enrollment_id
                    join app_user u on u.employee_id = e.employee_id and u.username like 'load.%'""";
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("submitted", count(db, "select count(*) " + mine + " where ci.status = 'SUBMITTED'"));
            counts.put("draft", count(db, "select count(*) " + mine + " where ci.status = 'DRAFT'"));
            counts.put("revisions", count(db, "select count(*) from check_in_revision r where r.check_in_id in "
                    + "(select ci.id " + mine + ")"));
            return counts;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        var rs = db.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
