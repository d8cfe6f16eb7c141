package com.upward.base.ui;

import com.upward.base.TimeZones;
import com.upward.base.ui.ViewerTimeZone.Source;
import com.upward.base.ui.ViewerTimeZone.Zone;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer's zone: the employee record's, else the browser's (when it is a real zone id), else UTC. */
class ViewerTimeZoneTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theEmployeeRecordWinsThenTheBrowserThenUtc() {
        assertThat(ViewerTimeZone.resolve(Optional.of(BERLIN), "Asia/Tokyo"))
                .isEqualTo(new Zone(BERLIN, Source.EMPLOYEE_RECORD));
        assertThat(ViewerTimeZone.resolve(Optional.empty(), " Asia/Tokyo "))
                .isEqualTo(new Zone(ZoneId.of("Asia/Tokyo"), Source.BROWSER));
        for (String browser : new String[]{null, "", "Not/AZone"}) {
            Zone zone = ViewerTimeZone.resolve(Optional.empty(), browser);
            assertThat(zone).as(browser).isEqualTo(new Zone(TimeZones.UTC, Source.DEFAULT));
            assertThat(zone.name()).isEqualTo("UTC");
        }
    }
}
