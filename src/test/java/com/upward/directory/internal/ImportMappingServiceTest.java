package com.upward.directory.internal;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.directory.internal.EmployeeImportService.MappingPreset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Workday-style export imported through a mapping HR saved, against the real database. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class ImportMappingServiceTest {

    @Autowired
    EmployeeImportService imports;
    @Autowired
    EmployeeRepository employees;

    Path upload() throws IOException {
        Path file = Files.createTempFile("workday", ".csv");
        Files.write(file, ColumnMappingTest.workday());
        return file;
    }

    @Test
    void aSavedMappingImportsTheExportWithItsManagersAndTags() throws IOException {
        Path file = upload();
        try {
            FileColumns columns = imports.columns("workday.csv", file);
            assertThat(columns.suggested().missingRequired()).isNotEmpty();

            MappingPreset saved = imports.savePreset("  Workday export ", ColumnMappingTest.workdayMapping(";"));
            assertThat(saved.name()).isEqualTo("Workday export");
            assertThat(saved.savedBy()).isEqualTo("hr");
            assertThat(imports.presets()).extracting(MappingPreset::name).contains("Workday export");

            ImportPreview preview = imports.preview("workday.csv", file, saved.mapping(),
                    ImportOptions.NONE, ImportProgress.NONE);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.warnings()).isEmpty();
            assertThat(preview.created()).isEqualTo(2);
            imports.confirm(preview, ImportProgress.NONE);

            Employee grace = employees.findByEmployeeNumber("W-2").orElseThrow();
            assertThat(grace.getManager().getEmployeeNumber()).isEqualTo("W-1");
            Employee ada = employees.findByEmployeeNumber("W-1").orElseThrow();
            assertThat(ada.getSkills()).containsExactlyInAnyOrder("Java", "Mentoring", "SQL");
            assertThat(ada.getDepartment()).isEqualTo("Engineering");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theSameNameReplacesAndAnIncompleteMappingIsNotSaved() {
        imports.savePreset("Workday export", ColumnMappingTest.workdayMapping("|"));
        imports.savePreset("workday EXPORT", ColumnMappingTest.workdayMapping(";"));
        assertThat(imports.presets()).filteredOn(p -> p.name().equalsIgnoreCase("workday export")).singleElement()
                .satisfies(p -> assertThat(p.mapping().tagSeparator()).isEqualTo(";"));

        assertThatThrownBy(() -> imports.savePreset("Half done", new ColumnMapping(Map.of(), "|")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Choose a column for every required field before saving.");
        assertThatThrownBy(() -> imports.savePreset(" ", ColumnMappingTest.workdayMapping("|")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithUserDetails("mentee")
    void onlyHrAndAdministratorsMapImports() {
        assertThatThrownBy(() -> imports.presets()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.savePreset("x", ColumnMappingTest.workdayMapping("|")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
