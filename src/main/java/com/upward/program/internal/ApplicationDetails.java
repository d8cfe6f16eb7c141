package com.upward.program.internal;

import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.LocationPreference;
import java.util.List;
import java.util.Set;

/** The signed-in employee's application to one cohort, to fill in or edit. */
public record ApplicationDetails(long enrollmentId, long version, long cohortId, String cohortName,
                                 EnrollmentSide side, EnrollmentStatus status, boolean invited, Set<String> topics,
                                 String motivation, String availability, String languagePreference,
                                 MentorChoice preferredMentor, LocationPreference locationPreference,
                                 List<String> employeeLanguages, boolean editable) {
}
