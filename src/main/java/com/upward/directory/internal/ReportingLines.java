package com.upward.directory.internal;

import com.upward.base.i18n.Text;
import com.upward.directory.internal.ImportPlan.Candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Manager links of an import: each must name an employee of the file or of the directory, and the reporting lines
 * that result (the file's links over the directory's) must not loop.
 */
final class ReportingLines {

    private static final int LOOP_NAMES_SHOWN = 6;

    private ReportingLines() {
    }

    static void check(HrisFile file, List<Candidate> candidates, DirectorySnapshot directory,
                      Map<Integer, List<ImportProblem>> problems) {
        boolean fileSetsManagers = file.has(HrisColumn.MANAGER_EMPLOYEE_NUMBER);
        Map<String, Candidate> fileRows = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.number() != null) {
                fileRows.putIfAbsent(Keys.of(c.number()), c);
            }
        }
        // employee key -> manager key, the directory's lines overridden by the file's
        Map<String, String> managerOf = new HashMap<>();
        Map<String, String> numberOf = new HashMap<>();
        for (EmployeeRecord e : directory.all()) {
            numberOf.put(Keys.of(e.employeeNumber()), e.employeeNumber());
            if (e.managerNumber() != null) {
                managerOf.put(Keys.of(e.employeeNumber()), Keys.of(e.managerNumber()));
            }
        }
        for (Candidate c : candidates) {
            if (c.number() == null) {
                continue;
            }
            String key = Keys.of(c.number());
            numberOf.put(key, c.number());
            if (!fileSetsManagers) {
                continue;
            }
            managerOf.remove(key);
            String manager = c.managerNumber();
            if (manager == null) {
                continue;
            }
            String managerKey = Keys.of(manager);
            if (managerKey.equals(key)) {
                ImportValidator.add(problems, ImportProblem.of(c.row(), HrisColumn.MANAGER_EMPLOYEE_NUMBER,
                        Text.of("directory.rule.own-manager")));
            } else if (!fileRows.containsKey(managerKey) && directory.byNumber(manager) == null) {
                ImportValidator.add(problems, ImportProblem.of(c.row(), HrisColumn.MANAGER_EMPLOYEE_NUMBER,
                        Text.of("directory.import.manager-unknown", manager)));
            } else {
                managerOf.put(key, managerKey);
            }
        }
        if (fileSetsManagers) {
            for (List<String> loop : loops(managerOf)) {
                reportLoop(loop, fileRows, numberOf, problems);
            }
        }
    }

    /** Every loop in the manager graph, each once, in reporting order (each entry's manager is the next). */
    static List<List<String>> loops(Map<String, String> managerOf) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
        List<List<String>> loops = new ArrayList<>();
        for (String start : managerOf.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String node = start;
            while (node != null && !state.containsKey(node)) {
                state.put(node, 1);
                path.add(node);
                node = managerOf.get(node);
            }
            if (node != null && state.get(node) == 1) {
                loops.add(List.copyOf(path.subList(path.indexOf(node), path.size())));
            }
            path.forEach(n -> state.put(n, 2));
        }
        return loops;
    }

    private static void reportLoop(List<String> loop, Map<String, Candidate> fileRows, Map<String, String> numberOf,
                                   Map<Integer, List<ImportProblem>> problems) {
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < loop.size(); i++) {
            Candidate c = fileRows.get(loop.get(i));
            if (c != null && reported.add(c.row())) {
                ImportValidator.add(problems, ImportProblem.of(c.row(), HrisColumn.MANAGER_EMPLOYEE_NUMBER,
                        loopProblem(loop, i, numberOf)));
            }
        }
    }

    /**
     * "Reporting line loops: E-1 → E-2 → E-3 → E-1.", starting at the row's own employee; long loops are shortened
     * ("E-1 → … → E-20 → … (45 people) → E-1").
     */
    private static Text loopProblem(List<String> loop, int from, Map<String, String> numberOf) {
        int shown = Math.min(loop.size(), LOOP_NAMES_SHOWN);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            path.append(i == 0 ? "" : " → ").append(numberOf.get(loop.get((from + i) % loop.size())));
        }
        String start = numberOf.get(loop.get(from));
        return shown < loop.size() ? Text.of("directory.import.manager-loop-long", path.toString(), loop.size(), start)
                : Text.of("directory.import.manager-loop", path.toString(), start);
    }
}
