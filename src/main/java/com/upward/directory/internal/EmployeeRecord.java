package com.upward.directory.internal;

import java.time.LocalDate;

/** Every column of one employee except the tags, as the import compares it and the export writes it. */
public record EmployeeRecord(long id, long version, String employeeNumber, String firstName, String lastName,
                             String email, String department, String jobTitle, int jobLevel, String location,
                             String timeZone, Long managerId, String managerNumber, LocalDate hireDate,
                             boolean active) {
}
