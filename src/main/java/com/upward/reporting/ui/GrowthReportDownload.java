package com.upward.reporting.ui;

import com.upward.goals.MyGoalsDownloads;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;

import static com.upward.base.ui.Translations.tr;

/** The mentee's growth report on My goals: their goals, milestones and check-in lessons, as a PDF. */
@org.springframework.stereotype.Component
class GrowthReportDownload implements MyGoalsDownloads {

    private final ReportingService reporting;

    GrowthReportDownload(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public Component create() {
        var link = new Anchor(pdf(), tr("reporting.growth.download"));
        link.getElement().setAttribute("title", tr("reporting.growth.download.title"));
        return link;
    }

    /** Filled in the download request, streamed to the browser, in the language of the page it was offered on. */
    private DownloadHandler pdf() {
        ReportRequester requester = ReportsView.requester();
        return (DownloadEvent event) -> {
            event.setFileName(reporting.personalGrowthFileName(requester));
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                reporting.writePersonalGrowthPdf(requester, out);
            } catch (Exception e) {
                LoggerFactory.getLogger(GrowthReportDownload.class).error("Growth report failed", e);
                event.getResponse().setStatus(500);
            }
        };
    }
}
