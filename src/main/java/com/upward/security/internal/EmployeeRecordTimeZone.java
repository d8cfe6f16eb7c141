package com.upward.security.internal;

import com.upward.base.PersonalTimeZone;
import com.upward.base.TimeZones;
import com.upward.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/** The signed-in person's zone as their employee record has it now (read each time: HR may change it). */
@Component
class EmployeeRecordTimeZone implements PersonalTimeZone {

    private final CurrentUser currentUser;
    private final AppUserRepository users;

    EmployeeRecordTimeZone(CurrentUser currentUser, AppUserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public Optional<ZoneId> ofSignedInPerson() {
        return currentUser.get().filter(me -> me.employeeId() != null)
                .flatMap(me -> users.findEmployeeTimeZone(me.userId()))
                .flatMap(TimeZones::parse);
    }
}
