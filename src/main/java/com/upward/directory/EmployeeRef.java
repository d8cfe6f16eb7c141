package com.upward.directory;

/** Another employee as a picker shows them: "Zoë Ødegård (E-0042), Engineering Manager". */
public record EmployeeRef(long id, String employeeNumber, String fullName, String jobTitle) {

    public String label() {
        return fullName + " (" + employeeNumber + ")" + (jobTitle == null ? "" : ", " + jobTitle);
    }
}
