package com.upward.directory;

import com.upward.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "employee")
public class Employee extends VersionedEntity {

    @Column(nullable = false, length = 40)
    private String employeeNumber;
    @Column(nullable = false, length = 100)
    private String firstName;
    @Column(nullable = false, length = 100)
    private String lastName;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(nullable = false, length = 100)
    private String department;
    @Column(nullable = false, length = 150)
    private String jobTitle;
    private int jobLevel;
    @Column(nullable = false, length = 100)
    private String location;
    @Column(nullable = false, length = 60)
    private String timeZone;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;
    private LocalDate hireDate;
    private boolean active = true;

    @ElementCollection
    @BatchSize(size = 100) // an import updating many employees loads their tags 100 at a time
    @CollectionTable(name = "employee_skill", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "skill", length = 80)
    private Set<String> skills = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 100) // an import updating many employees loads their tags 100 at a time
    @CollectionTable(name = "employee_interest", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "interest", length = 80)
    private Set<String> interests = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 100) // an import updating many employees loads their tags 100 at a time
    @CollectionTable(name = "employee_language", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "language", length = 40)
    private Set<String> languages = new TreeSet<>();

    protected Employee() {
    }

    public Employee(String employeeNumber, String firstName, String lastName, String email) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmployeeNumber() { return employeeNumber; }
    public void setEmployeeNumber(String employeeNumber) { this.employeeNumber = employeeNumber; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public int getJobLevel() { return jobLevel; }
    public void setJobLevel(int jobLevel) { this.jobLevel = jobLevel; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Employee getManager() { return manager; }
    public void setManager(Employee manager) { this.manager = manager; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Set<String> getSkills() { return skills; }
    public Set<String> getInterests() { return interests; }
    public Set<String> getLanguages() { return languages; }
}
