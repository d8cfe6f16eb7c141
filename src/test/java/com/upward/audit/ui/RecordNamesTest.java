package com.upward.audit.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordNamesTest {

    @Test
    void recordsReadAsAnAdministratorSaysThem() {
        assertThat(RecordNames.of("AppUser")).isEqualTo("User account");
        assertThat(RecordNames.of("CheckInGoalUpdate")).isEqualTo("Goal update in a check-in");
        assertThat(RecordNames.of("ProgramSetting")).isEqualTo("Program setting");
        assertThat(RecordNames.of("Goal")).isEqualTo("Goal");
    }
}
