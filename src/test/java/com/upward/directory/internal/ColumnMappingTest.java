package com.upward.directory.internal;

import com.upward.base.i18n.Text;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Workday-style export: other header names, "; " inside multi-value cells, the manager under another name. */
class ColumnMappingTest {

    static final String WORKDAY = """
            Employee ID,Legal First Name,Legal Last Name,Work Email,Supervisory Organization,Business Title,\
            Management Level,Work Location,Time Zone,Supervisor Employee ID,Hire Date,Skills,Languages,Cost Center
            W-1,Ada,Lovelace,ada@example.com,Engineering,Principal Engineer,8,London,Europe/London,,2015-03-02,\
            Java; Mentoring; SQL,English; French,CC-7
            W-2,Grace,Hopper,grace@example.com,Engineering,Engineer,5,New York,America/New_York,W-1,2021-06-14,\
            COBOL,English,CC-7
            """;

    static byte[] workday() {
        return WORKDAY.getBytes(StandardCharsets.UTF_8);
    }

    /** What HR chooses for the seven columns the names did not give away. */
    static ColumnMapping workdayMapping(String separator) {
        Map<HrisColumn, String> headers = new EnumMap<>(ColumnMapping.suggest(HrisCsvReader.columns("w.csv", workday())
                .headers()).headers());
        headers.put(HrisColumn.FIRST_NAME, "Legal First Name");
        headers.put(HrisColumn.LAST_NAME, "Legal Last Name");
        headers.put(HrisColumn.DEPARTMENT, "Supervisory Organization");
        headers.put(HrisColumn.JOB_TITLE, "Business Title");
        headers.put(HrisColumn.JOB_LEVEL, "Management Level");
        headers.put(HrisColumn.LOCATION, "Work Location");
        headers.put(HrisColumn.MANAGER_EMPLOYEE_NUMBER, "Supervisor Employee ID");
        return new ColumnMapping(headers, separator);
    }

    @Test
    void theFileColumnsComeWithSamplesAndTheNamesGiveAwayWhatTheyCan() {
        FileColumns columns = HrisCsvReader.columns("workday.csv", workday());

        assertThat(columns.readable()).isTrue();
        assertThat(columns.headers()).hasSize(14).startsWith("Employee ID", "Legal First Name");
        assertThat(columns.columns().get(0).label().english()).isEqualTo("Employee ID · e.g. W-1, W-2");
        assertThat(columns.columns().get(9).label().english()).isEqualTo("Supervisor Employee ID · e.g. W-1");
        ColumnMapping suggested = columns.suggested();
        assertThat(suggested.headers()).containsEntry(HrisColumn.EMPLOYEE_NUMBER, "Employee ID")
                .containsEntry(HrisColumn.EMAIL, "Work Email").containsEntry(HrisColumn.TIME_ZONE, "Time Zone")
                .containsEntry(HrisColumn.HIRE_DATE, "Hire Date").containsEntry(HrisColumn.SKILLS, "Skills")
                .doesNotContainKey(HrisColumn.MANAGER_EMPLOYEE_NUMBER);
        assertThat(suggested.missingRequired()).containsExactly(HrisColumn.FIRST_NAME, HrisColumn.LAST_NAME,
                HrisColumn.DEPARTMENT, HrisColumn.JOB_TITLE, HrisColumn.JOB_LEVEL, HrisColumn.LOCATION);
    }

    @Test
    void readWithTheMappingAndTheFilesSeparatorTheTagsAreSplit() {
        HrisFile file = HrisCsvReader.read("workday.csv", workday(), workdayMapping(";"));

        assertThat(file.fileProblems()).isEmpty();
        assertThat(file.ignoredColumns()).containsExactly("Cost Center");
        assertThat(file.tagSeparator()).isEqualTo(";");
        HrisFile.Row grace = file.rows().get(1);
        assertThat(grace.get(HrisColumn.FIRST_NAME)).isEqualTo("Grace");
        assertThat(grace.get(HrisColumn.MANAGER_EMPLOYEE_NUMBER)).isEqualTo("W-1");
        assertThat(ImportWarnings.of(file)).isEmpty();
    }

    @Test
    void theWrongSeparatorAndAMissingManagerAreWarnedOf() {
        Map<HrisColumn, String> withoutManager = new EnumMap<>(workdayMapping("|").headers());
        withoutManager.remove(HrisColumn.MANAGER_EMPLOYEE_NUMBER);
        HrisFile file = HrisCsvReader.read("workday.csv", workday(), new ColumnMapping(withoutManager, "|"));

        assertThat(ImportWarnings.of(file)).extracting(Text::english).containsExactly(
                "No column is used for manager_employee_number: reporting lines are not imported, and nobody's "
                        + "manager changes. Map the manager column if the file has one.",
                "1 cell of skills contains \";\", which would stay inside one tag. If they are lists, choose \";\" "
                        + "as the separator of multi-value cells.",
                "1 cell of languages contains \";\", which would stay inside one tag. If they are lists, choose "
                        + "\";\" as the separator of multi-value cells.");
    }

    @Test
    void aMappedColumnMissingFromTheFileOrAnUnmappedRequiredFieldIsAProblem() {
        Map<HrisColumn, String> headers = new EnumMap<>(workdayMapping(";").headers());
        headers.put(HrisColumn.LOCATION, "Office");
        headers.remove(HrisColumn.JOB_LEVEL);
        HrisFile file = HrisCsvReader.read("workday.csv", workday(), new ColumnMapping(headers, ";"));

        assertThat(file.fileProblems()).extracting(p -> p.reason().english()).containsExactlyInAnyOrder(
                "Required field: choose the column that holds it.",
                "The column \"Office\" chosen for this field is not in the file.");
    }

    @Test
    void aSavedMappingSurvivesItsTextFormAndOnlyListedSeparatorsAreTaken() {
        ColumnMapping mapping = workdayMapping(";");
        assertThat(ColumnMapping.fromText(mapping.columnsText(), ";")).isEqualTo(mapping);
        assertThatThrownBy(() -> new ColumnMapping(Map.of(), "#")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ColumnMapping.suggest(List.of("employee_number", "First-Name", "EMAIL ADDRESS")).headers())
                .containsEntry(HrisColumn.EMPLOYEE_NUMBER, "employee_number")
                .containsEntry(HrisColumn.FIRST_NAME, "First-Name").containsEntry(HrisColumn.EMAIL, "EMAIL ADDRESS");
    }
}
