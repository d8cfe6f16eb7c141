package com.upward.goals.internal;

import com.upward.base.ReadModel;
import com.upward.goals.GoalModels;
import com.upward.goals.GoalModels.GoalEnrollment;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.List;

/** The goals page's list of a mentee's enrollments: cohort, program and current mentor in one query. */
@Component
@ReadModel("a mentee's enrollments with their cohort, program and current mentor's name, read in one query")
public class MenteeEnrollments {

    private final EntityManager em;

    MenteeEnrollments(EntityManager em) {
        this.em = em;
    }

    /** The employee's mentee enrollments that are or were accepted, newest cohort first. */
    public List<GoalEnrollment> of(long self) {
        List<Object[]> rows = em.createQuery("""
                        select e, (select concat(me.firstName, ' ', me.lastName) from MentorAssignment a
                                   join a.mentorEnrollment men join men.employee me
                                   where a.menteeEnrollment = e and a.status = com.upward.matching.AssignmentStatus.ACTIVE)
                        from Enrollment e join fetch e.cohort c join fetch c.program
                        where e.employee.id = :self and e.side = com.upward.program.EnrollmentSide.MENTEE
                          and e.status in (com.upward.program.EnrollmentStatus.ACCEPTED,
                                           com.upward.program.EnrollmentStatus.COMPLETED)
                        order by c.startsOn desc""", Object[].class)
                .setParameter("self", self).getResultList();
        return rows.stream().map(row -> {
            Enrollment e = (Enrollment) row[0];
            Cohort c = e.getCohort();
            return new GoalEnrollment(e.getId(), c.getName(), c.getProgram().getName(), c.getStatus().name(),
                    c.getStartsOn(), c.getEndsOn(), GoalAccess.editable(e), (String) row[1]);
        }).toList();
    }
}
