package com.upward.base.ui;

import com.upward.base.PersonalTimeZone;
import com.upward.base.TimeZones;
import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone to show times in to the person looking at the screen: the zone on their employee record, else their
 * browser's, else UTC. The record wins because it is what the person chose; the browser may be on a trip.
 */
@Component
public class ViewerTimeZone {

    /** Where the zone came from, so that a view can say why it shows times there. */
    public enum Source { EMPLOYEE_RECORD, BROWSER, DEFAULT }

    public record Zone(ZoneId id, Source source) {

        /** The zone's name for labels ("Europe/Berlin", "UTC"). */
        public String name() {
            return id.getId();
        }
    }

    private final ObjectProvider<PersonalTimeZone> personal;

    ViewerTimeZone(ObjectProvider<PersonalTimeZone> personal) {
        this.personal = personal;
    }

    /** Resolved now; outside a UI (a background thread) only the employee record and the default count. */
    public Zone current() {
        PersonalTimeZone own = personal.getIfAvailable();
        return resolve(own == null ? Optional.empty() : own.ofSignedInPerson(), browserZoneId(UI.getCurrent()));
    }

    static Zone resolve(Optional<ZoneId> own, String browserZoneId) {
        return own.map(zone -> new Zone(zone, Source.EMPLOYEE_RECORD))
                .or(() -> TimeZones.parse(browserZoneId).map(zone -> new Zone(zone, Source.BROWSER)))
                .orElseGet(() -> new Zone(TimeZones.UTC, Source.DEFAULT));
    }

    /** Null until the browser has sent its details (Vaadin keeps an empty placeholder until then). */
    private static String browserZoneId(UI ui) {
        return ui == null ? null : ui.getPage().getExtendedClientDetails().getTimeZoneId();
    }
}
