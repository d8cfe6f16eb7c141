package com.upward.directory.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.directory.EmployeeAccounts;
import com.upward.directory.IssuedCredential;
import com.upward.directory.internal.ImportPlan.Outcome;
import com.upward.base.Role;
import com.upward.base.Texts;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The HRIS import in two steps: {@link #preview} checks every row and says what would happen; {@link #confirm}
 * checks again against the directory as it is then and writes all of it in one transaction, or nothing.
 */
@Service
public class EmployeeImportService {

    /** Creating an account hashes a password (~0.1 s each): beyond this, the import would hold its transaction long. */
    static final int MAX_NEW_ACCOUNTS = 1_000;
    private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);
    private static final String ADMIN_OR_HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";

    private final EmployeeRepository employees;
    private final ImportWriter writer;
    private final EmployeeAccounts accounts;
    private final ImportMappingPresetRepository presets;
    private final Clock clock;

    EmployeeImportService(EmployeeRepository employees, ImportWriter writer, EmployeeAccounts accounts,
                          ImportMappingPresetRepository presets, Clock clock) {
        this.employees = employees;
        this.writer = writer;
        this.accounts = accounts;
        this.presets = presets;
        this.clock = clock;
    }

    /** A saved column mapping, as the page lists it. */
    public record MappingPreset(long id, String name, ColumnMapping mapping, String savedBy, Instant savedAt) {
    }

    /** The uploaded file's columns with sample values, and the mapping their names suggest; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public FileColumns columns(String fileName, Path content) {
        return HrisCsvReader.columns(fileName, content);
    }

    /** Reads the uploaded file with the columns HR mapped and checks it, as {@link #preview}; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public ImportPreview preview(String fileName, Path content, ColumnMapping mapping, ImportOptions options,
                                 ImportProgress progress) {
        progress.update(ImportProgress.READING_FILE, 0, 0);
        return preview(HrisCsvReader.read(fileName, content, mapping), options, progress);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public List<MappingPreset> presets() {
        return presets.findAllByOrderByNameAsc().stream().map(EmployeeImportService::preset).toList();
    }

    /** Saves a mapping under a name; a mapping saved before under the same name (any case) is replaced. */
    @Transactional
    @PreAuthorize(ADMIN_OR_HR)
    public MappingPreset savePreset(String name, ColumnMapping mapping) {
        String cleaned = Texts.checkedLine(name, "presetName", true);
        if (cleaned.length() > ImportMappingPreset.NAME_MAX) {
            throw new BusinessRuleException("presetName", "directory.rule.preset-name-too-long",
                    ImportMappingPreset.NAME_MAX);
        }
        if (!mapping.missingRequired().isEmpty()) {
            throw new BusinessRuleException("presetName", "directory.rule.preset-incomplete");
        }
        ImportMappingPreset preset = presets.findByNameIgnoreCase(cleaned)
                .orElseGet(() -> new ImportMappingPreset(cleaned));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        preset.save(mapping, auth == null ? "unknown" : auth.getName(), clock.instant());
        return preset(presets.save(preset));
    }

    private static MappingPreset preset(ImportMappingPreset saved) {
        return new MappingPreset(saved.getId(), saved.getName(), saved.mapping(), saved.getSavedBy(),
                saved.getSavedAt());
    }

    /**
     * Reads (streamed, from the file {@link ImportUpload#receive} kept) and checks an uploaded file; writes nothing.
     * The caller deletes the file.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public ImportPreview preview(String fileName, Path content, ImportOptions options, ImportProgress progress) {
        progress.update(ImportProgress.READING_FILE, 0, 0);
        return preview(HrisCsvReader.read(fileName, content), options, progress);
    }

    /** Checks an already read file again, e.g. after the options changed; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public ImportPreview preview(HrisFile file, ImportOptions options, ImportProgress progress) {
        requireAdminForAccounts(options);
        if (!file.fileProblems().isEmpty()) {
            return new ImportPreview(file, options, 0, 0, 0, 0, 0, file.fileProblems(), file.fileProblems().size());
        }
        progress.update(ImportProgress.LOADING_DIRECTORY, 0, file.rowCount());
        ImportPlan plan = ImportValidator.validate(file, DirectorySnapshot.load(employees), options, progress);
        List<ImportProblem> problems = new ArrayList<>(plan.problems());
        int created = plan.count(Outcome.NEW);
        if (options.createAccounts() && created > MAX_NEW_ACCOUNTS) {
            problems.addFirst(ImportProblem.ofFile(Text.of("directory.import.too-many-accounts", MAX_NEW_ACCOUNTS,
                    created)));
        }
        return new ImportPreview(file, options, created, plan.count(Outcome.UPDATED), plan.count(Outcome.UNCHANGED),
                plan.deactivate().size(), plan.rejected(),
                problems.subList(0, Math.min(problems.size(), ImportPreview.MAX_LISTED)), problems.size());
    }

    /**
     * Writes a previewed import, all of it or nothing. Refuses a preview with problems, and refuses when checking
     * against the directory as it is now finds any (someone may have changed it since the preview).
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_HR)
    public ImportResult confirm(ImportPreview preview, ImportProgress progress) {
        ImportOptions options = preview.options();
        requireAdminForAccounts(options);
        if (preview.problemCount() > 0) {
            throw new BusinessRuleException(null, "directory.rule.nothing-imported", preview.whyNotConfirmable());
        }
        HrisFile file = preview.file();
        progress.update(ImportProgress.LOADING_DIRECTORY, 0, file.rowCount());
        DirectorySnapshot directory = DirectorySnapshot.load(employees);
        ImportPlan plan = ImportValidator.validate(file, directory, options, progress);
        if (plan.rejected() > 0) {
            throw new BusinessRuleException(null, "directory.rule.rejected-since-preview", plan.rejected());
        }
        List<ImportWriter.Created> created;
        try {
            created = writer.write(file, plan, directory, progress);
        } catch (ImportWriter.ChangedMeanwhile | OptimisticLockException
                 | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "directory.rule.changed-while-importing");
        } catch (PersistenceException | DataAccessException e) {
            log.warn("Import of {} failed while writing; rolled back", file.fileName(), e);
            throw new BusinessRuleException(null, "directory.rule.database-refused", e.getClass().getSimpleName());
        }
        List<IssuedCredential> issued = List.of();
        if (options.createAccounts()) {
            issued = accounts.createEmployeeAccounts(created.stream()
                    .filter(ImportWriter.Created::active).map(ImportWriter.Created::id).toList());
        }
        log.info("Imported {}: {} new, {} updated, {} deactivated", file.fileName(), created.size(),
                plan.count(Outcome.UPDATED), plan.deactivate().size());
        return new ImportResult(created.size(), plan.count(Outcome.UPDATED), plan.count(Outcome.UNCHANGED),
                plan.deactivate().size(), issued);
    }

    private static void requireAdminForAccounts(ImportOptions options) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.Names.ADMIN).equals(a.getAuthority()));
        if (options.createAccounts() && !admin) {
            throw new AuthorizationDeniedException("Only an administrator may create accounts during an import.");
        }
    }
}
