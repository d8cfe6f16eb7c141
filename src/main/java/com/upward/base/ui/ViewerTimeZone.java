package com.upward.base.ui;

import com.upward.base.PersonalTimeZone;
import com.upward.base.TimeZones;
import com.vaadin.flow.component.ComponentUtil;
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

    /**
     * The current UI's viewer zone, resolved once per UI (a page load) and kept on it: grids format many times per
     * page, and the employee record is a query. UTC outside a UI.
     */
    public static Zone ofCurrentUi() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new Zone(TimeZones.UTC, Source.DEFAULT);
        }
        Zone kept = ComponentUtil.getData(ui, Zone.class);
        if (kept != null) {
            return kept;
        }
        Zone zone = ui.getSession().getService().getInstantiator().getOrCreate(ViewerTimeZone.class).current();
        if (zone.source() != Source.DEFAULT) {
            ComponentUtil.setData(ui, Zone.class, zone);
        }
        return zone;
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
