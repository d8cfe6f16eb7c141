package com.upward.program.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.SqlPages;
import com.upward.base.Texts;
import com.upward.program.CohortForm;
import com.upward.program.Program;
import com.upward.security.AppUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Programs: the long-lived mentoring initiatives HR runs cohorts in. */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final CohortQueries queries;
    private final EntityManager em;

    ProgramService(ProgramRepository programs, CohortQueries queries, EntityManager em) {
        this.programs = programs;
        this.queries = queries;
        this.em = em;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Page<ProgramRow> findPrograms(String filter, boolean includeInactive, Pageable pageable) {
        String text = SqlPages.likeText(filter);
        return programs.findRows(text, includeInactive, pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Optional<ProgramDetails> program(long programId) {
        return programs.findDetails(programId);
    }

    /** The program's cohorts, newest first, with their key figures. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<CohortLine> cohortsOf(long programId) {
        return queries.cohortLines(programId);
    }

    /** Active HR accounts, who may own a program. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<OwnerChoice> owners() {
        return programs.findOwnerChoices(Role.HR);
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public long createProgram(ProgramForm form) {
        String name = validate(form, null);
        Program program = new Program(name, owner(form.ownerId()), form.defaultCadence(), form.defaultMaxMentees());
        program.setDescription(blankToNull(form.description()));
        return save(program, name).getId();
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public void updateProgram(long programId, long expectedVersion, ProgramForm form) {
        Program program = load(programId, expectedVersion);
        String name = validate(form, programId);
        program.setName(name);
        program.setDescription(blankToNull(form.description()));
        program.setOwner(owner(form.ownerId()));
        program.setDefaultCadence(form.defaultCadence());
        program.setDefaultMaxMentees(form.defaultMaxMentees());
        save(program, name);
    }

    /** Deactivating hides the program from the default list and refuses new cohorts; nothing is deleted. */
    @Transactional
    @PreAuthorize(Access.HR)
    public void setActive(long programId, long expectedVersion, boolean active) {
        Program program = load(programId, expectedVersion);
        program.setActive(active);
        save(program, program.getName());
    }

    /**
     * Who may take part how often (issue 24): whether a mentee takes part in one running cohort at a time, and
     * whether a mentor's capacity counts their mentees in every running cohort. Acceptance and matching enforce them.
     */
    @Transactional
    @PreAuthorize(Access.HR)
    public void setParticipationRules(long programId, long expectedVersion, boolean oneRunningCohortPerMentee,
                                      boolean mentorCapacityAcrossCohorts) {
        Program program = load(programId, expectedVersion);
        program.setOneRunningCohortPerMentee(oneRunningCohortPerMentee);
        program.setMentorCapacityAcrossCohorts(mentorCapacityAcrossCohorts);
        save(program, program.getName());
    }

    private Program load(long programId, long expectedVersion) {
        Program program = programs.findById(programId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.programs.gone"));
        if (program.getVersion() != expectedVersion) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        return program;
    }

    private Program save(Program program, String name) {
        try {
            return programs.saveAndFlush(program);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        } catch (DataIntegrityViolationException e) {
            // the unique constraint catches a program created by someone else between the check and the insert
            throw new BusinessRuleException("name", "program.rule.program-name-taken", name);
        }
    }

    private String validate(ProgramForm form, Long programId) {
        String name = form.name() == null ? "" : Texts.line(form.name());
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "program.form.name-required");
        }
        if (name.length() > ProgramForm.NAME_MAX) {
            throw new BusinessRuleException("name", "program.form.max-length", ProgramForm.NAME_MAX);
        }
        boolean taken = programId == null ? programs.existsByNameIgnoreCase(name)
                : programs.existsByNameIgnoreCaseAndIdNot(name, programId);
        if (taken) {
            throw new BusinessRuleException("name", "program.rule.program-name-taken", name);
        }
        String description = blankToNull(form.description());
        if (description != null && description.length() > ProgramForm.DESCRIPTION_MAX) {
            throw new BusinessRuleException("description", "program.form.max-length", ProgramForm.DESCRIPTION_MAX);
        }
        if (form.ownerId() == null || owners().stream().noneMatch(o -> o.userId() == form.ownerId())) {
            throw new BusinessRuleException("owner", "program.program-dialog.owner-required");
        }
        if (form.defaultCadence() == null) {
            throw new BusinessRuleException("defaultCadence", "program.form.cadence-required");
        }
        if (form.defaultMaxMentees() == null || form.defaultMaxMentees() < 1
                || form.defaultMaxMentees() > CohortForm.MAX_MENTEES_LIMIT) {
            throw new BusinessRuleException("defaultMaxMentees", "program.form.max-mentees",
                    CohortForm.MAX_MENTEES_LIMIT);
        }
        return name;
    }

    private AppUser owner(long userId) {
        return em.getReference(AppUser.class, userId);
    }

    /** One-line text as it is kept (see {@link Texts#line}); blank is null. */
    static String lineOrNull(String text) {
        String line = Texts.line(text);
        return line == null || line.isEmpty() ? null : line;
    }

    /** Free text as it is kept (see {@link Texts#clean}); blank is null. */
    static String blankToNull(String text) {
        return Texts.blankToNull(Texts.clean(text));
    }
}
