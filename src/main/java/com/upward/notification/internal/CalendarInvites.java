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

    /** The entry's summary and description in the recipient's language. */
    String ics(Message.CalendarEntry entry, RecipientLanguage language, String link) {
        var event = new VEvent(entry.date(), entry.date().plusDays(1), language.text(entry.summary()));
        event.withProperty(new Uid(entry.uid()))
                .withProperty(new Description(language.text(entry.description()) + "\n\n" + link))
                .withProperty(new Url(URI.create(link)));
        Calendar calendar = new Calendar().withProdId("-//Upward//Mentoring reminders//EN").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withComponent(event).getFluentTarget();
        return calendar.toString();
    }
}
