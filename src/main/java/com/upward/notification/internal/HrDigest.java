package com.upward.notification.internal;

import com.upward.reporting.AtRiskPairs;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.OpenHelpRequests;
import com.upward.reporting.OpenHelpRequests.OpenHelpRequest;
import com.upward.security.AppUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/**
 * The weekly digest to every HR coordinator: the at-risk pairs of all ACTIVE cohorts and the help requests no
 * mentor has answered yet. Dates and flags only, never check-in text (HR sees structured data only). One per
 * coordinator per ISO week, however often the job runs.
 */
@Component
class HrDigest {

    private final AtRiskPairs atRiskPairs;
    private final OpenHelpRequests openHelpRequests;
    private final Notifier notifier;

    HrDigest(AtRiskPairs atRiskPairs, OpenHelpRequests openHelpRequests, Notifier notifier) {
        this.atRiskPairs = atRiskPairs;
        this.openHelpRequests = openHelpRequests;
        this.notifier = notifier;
    }

    List<AtRiskPair> atRiskPairs(LocalDate today) {
        return atRiskPairs.find(null, null, today);
    }

    List<OpenHelpRequest> openHelpRequests() {
        return openHelpRequests.find(null);
    }

    /** Returns how many digests were written (0 when this week's went out already). */
    @Transactional
    int send(LocalDate today) {
        List<AtRiskPair> atRisk = atRiskPairs(today);
        List<OpenHelpRequest> help = openHelpRequests();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String title = "Weekly digest: " + atRisk.size() + (atRisk.size() == 1 ? " pair" : " pairs") + " at risk";
        String body = atRisk.size() + (atRisk.size() == 1 ? " pair is" : " pairs are") + " at risk and "
                + help.size() + (help.size() == 1 ? " help request is" : " help requests are")
                + " waiting for a mentor's answer in the active cohorts.";
        int sent = 0;
        for (AppUser hr : notifier.hrCoordinators()) {
            var message = Message.of(NotificationType.HR_DIGEST, title, body, "")
                    .once("hr-digest:" + hr.getId() + ":" + week)
                    .withEmailTemplate("digest", Map.of("atRisk", atRisk, "helpRequests", help));
            sent += notifier.send(hr, message) ? 1 : 0;
        }
        return sent;
    }
}
