package com.upward.reporting;

import com.upward.reporting.ReportingService.ProgramChoice;
import com.vaadin.flow.component.Component;

/**
 * Something offered beside an outcome report's download on the reports page (subscribing to it by email, for one),
 * made fresh each time a report is shown. Features above reporting contribute it, so the reports page depends on
 * none of them.
 */
public interface ProgramOutcomeActions {

    /** Beside one program's outcome report. */
    Component create(ProgramChoice program);

    /** Beside the cross-program report. */
    Component createForAllPrograms();
}
