package com.upward.directory.ui;

import com.upward.directory.EmployeeDetails;
import com.upward.directory.EmployeeRef;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The edit form's bean: the Binder writes the fields here, then it becomes an {@link EmployeeDetails}. */
class EmployeeDraft {

    private Long id;
    private long version;
    private String employeeNumber = "";
    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String department;
    private String jobTitle = "";
    private Integer jobLevel;
    private String location;
    private String timeZone;
    private EmployeeRef manager;
    private LocalDate hireDate;
    private boolean active = true;
    private Set<String> skills = new LinkedHashSet<>();
    private Set<String> interests = new LinkedHashSet<>();
    private Set<String> languages = new LinkedHashSet<>();

    static EmployeeDraft of(EmployeeDetails d) {
        var draft = new EmployeeDraft();
        draft.id = d.id();
        draft.version = d.version();
        draft.employeeNumber = d.employeeNumber();
        draft.firstName = d.firstName();
        draft.lastName = d.lastName();
        draft.email = d.email();
        draft.department = d.department();
        draft.jobTitle = d.jobTitle();
        draft.jobLevel = d.jobLevel();
        draft.location = d.location();
        draft.timeZone = d.timeZone();
        draft.manager = d.manager();
        draft.hireDate = d.hireDate();
        draft.active = d.active();
        draft.skills = new LinkedHashSet<>(d.skills());
        draft.interests = new LinkedHashSet<>(d.interests());
        draft.languages = new LinkedHashSet<>(d.languages());
        return draft;
    }

    EmployeeDetails toDetails() {
        return new EmployeeDetails(id, version, employeeNumber, firstName, lastName, email, department, jobTitle,
                jobLevel == null ? 0 : jobLevel, location, timeZone, manager, hireDate, active, skills, interests,
                languages);
    }

    Long getId() { return id; }
    String getEmployeeNumber() { return employeeNumber; }
    void setEmployeeNumber(String value) { employeeNumber = value; }
    String getFirstName() { return firstName; }
    void setFirstName(String value) { firstName = value; }
    String getLastName() { return lastName; }
    void setLastName(String value) { lastName = value; }
    String getEmail() { return email; }
    void setEmail(String value) { email = value; }
    String getDepartment() { return department; }
    void setDepartment(String value) { department = value; }
    String getJobTitle() { return jobTitle; }
    void setJobTitle(String value) { jobTitle = value; }
    Integer getJobLevel() { return jobLevel; }
    void setJobLevel(Integer value) { jobLevel = value; }
    String getLocation() { return location; }
    void setLocation(String value) { location = value; }
    String getTimeZone() { return timeZone; }
    void setTimeZone(String value) { timeZone = value; }
    EmployeeRef getManager() { return manager; }
    void setManager(EmployeeRef value) { manager = value; }
    LocalDate getHireDate() { return hireDate; }
    void setHireDate(LocalDate value) { hireDate = value; }
    boolean isActive() { return active; }
    void setActive(boolean value) { active = value; }
    Set<String> getSkills() { return skills; }
    void setSkills(Set<String> value) { skills = value; }
    Set<String> getInterests() { return interests; }
    void setInterests(Set<String> value) { interests = value; }
    Set<String> getLanguages() { return languages; }
    void setLanguages(Set<String> value) { languages = value; }
}
