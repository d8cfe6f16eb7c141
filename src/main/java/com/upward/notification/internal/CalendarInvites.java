package com.upward.notification.internal;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.stereotype.Component;

import java.net.URI;

/** The ICS file attached to a reminder: one all-day event, published (not an invitation that asks for a reply). */
@Component
class CalendarInvites {

    String ics(Message.CalendarEntry entry, String link) {
        var event = new VEvent(entry.date(), entry.date().plusDays(1), entry.summary());
        event.withProperty(new Uid(entry.uid()))
                .withProperty(new Description(entry.description() + "\n\n" + link))
                .withProperty(new Url(URI.create(link)));
        Calendar calendar = new Calendar().withProdId("-//Upward//Mentoring reminders//EN").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withComponent(event).getFluentTarget();
        return calendar.toString();
    }
}
