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

import static com.upward.notification.internal.Message.tr;

/**
 * The weekly digest to every HR coordinator: the at-risk pairs of all ACTIVE cohorts and the help requests no
 * mentor has answered yet. Dates and flags only, never check-in text (HR sees structured data only). One per
 * coordinator per ISO week, however often the job runs; each in the coordinator's language.
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

    /** What the digest template lists: the pairs at risk (why: {@code reader.risk(…)}), the open help requests. */
    static Map<String, Object> emailModel(List<AtRiskPair> atRisk, List<OpenHelpRequest> help) {
        return Map.of("atRisk", atRisk, "helpRequests", help);
    }

    /** Returns how many digests were written (0 when this week's went out already). */
    @Transactional
    int send(LocalDate today) {
        List<AtRiskPair> atRisk = atRiskPairs(today);
        List<OpenHelpRequest> help = openHelpRequests();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        var title = tr("notify.digest.title", atRisk.size());
        var body = tr("notify.digest.body", atRisk.size(), help.size());
        int sent = 0;
        for (AppUser hr : notifier.hrCoordinators()) {
            var message = Message.of(NotificationType.HR_DIGEST, title, body, "")
                    .once("hr-digest:" + hr.getId() + ":" + week)
                    .withEmailTemplate("digest", emailModel(atRisk, help));
            sent += notifier.send(hr, message) ? 1 : 0;
        }
        return sent;
    }
}
