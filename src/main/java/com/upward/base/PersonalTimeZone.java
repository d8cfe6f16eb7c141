package com.upward.base;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The signed-in person's own time zone, from their employee record. Owned here so that views in any module can ask
 * for it; implemented by security, which knows who is signed in and which employee that is.
 */
public interface PersonalTimeZone {

    /** Empty when nobody is signed in, the account belongs to no employee, or the record's zone is unknown. */
    Optional<ZoneId> ofSignedInPerson();
}
