package com.upward.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLimitsTest {

    @Test
    void aValueOverTheLimitIsMarkedWithTheMessageAndStopsTheSave() {
        TextArea area = TextLimits.area("Wins", "", 5);
        TextField field = new TextField();
        TextLimits.maxLength(field, 3);
        area.setValue("123456");
        field.setValue("abc");

        assertThat(TextLimits.overLimit(area, field)).isTrue();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Use at most 5 characters.");
        assertThat(field.isInvalid()).isFalse();

        area.setValue("12345");
        assertThat(TextLimits.overLimit(area, field)).isFalse();
    }
}
