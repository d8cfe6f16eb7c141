package com.upward.base.ui.light;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LightFieldsTest {

    enum Size { SMALL, LARGE }

    /** The group as the browser uses it: its one event, with the action and value the element sends. */
    static class Browser extends ComponentTester<LightRadioGroup<?>> {
        Browser(LightRadioGroup<?> group) {
            super(group);
        }

        void act(String action, String value) {
            var data = JacksonUtils.createObjectNode();
            data.put(LightElement.ACTION, action);
            data.put(LightElement.VALUE, value);
            fireDomEvent(LightElement.EVENT, data);
        }
    }

    @Test
    void aChoiceSendsEachOptionWithItsValueAndLabelAndReadsBackWhatTheUserPicked() {
        var group = new LightRadioGroup<Size>("Size");
        group.setItems(List.of(Size.values()), s -> s == Size.SMALL ? "Small" : "Large");
        assertThat(group.data().path("options").toString())
                .isEqualTo("[[\"SMALL\",\"Small\"],[\"LARGE\",\"Large\"]]");
        assertThat(group.data().path("theme").asString()).isEmpty();
        assertThat(group.getElement().getChildCount()).as("the buttons are made in the browser").isZero();

        List<Size> picked = new ArrayList<>();
        List<Boolean> fromClient = new ArrayList<>();
        group.addValueChangeListener(e -> {
            picked.add(e.getValue());
            fromClient.add(e.isFromClient());
        });
        var browser = new Browser(group);
        browser.act(LightRadioGroup.CHOOSE, "LARGE");
        assertThat(group.getValue()).isEqualTo(Size.LARGE);
        browser.act("pick", "SMALL");   // not an action the group knows: ignored
        assertThat(group.getValue()).isEqualTo(Size.LARGE);
        browser.act(LightRadioGroup.CHOOSE, "HUGE");   // not an option: no choice, not an error
        assertThat(group.getValue()).isNull();
        assertThat(picked).containsExactly(Size.LARGE, null);
        assertThat(fromClient).containsExactly(true, true);

        group.setValue(Size.SMALL);
        assertThat(group.getElement().getProperty("value")).isEqualTo("SMALL");
        group.clear();
        assertThat(group.getElement().getProperty("value")).isEmpty();
    }

    @Test
    void optionsWhoseValuesCollideAreRefused() {
        record Same(int id) implements Serializable {
            @Override
            public String toString() {
                return "same";
            }
        }
        assertThatThrownBy(() -> new LightRadioGroup<Same>("Pick").setItems(List.of(new Same(1), new Same(2)),
                String::valueOf)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validationReadOnlyAndLayoutAreTheElementsTypedProperties() {
        var group = new LightRadioGroup<Integer>("Confidence");
        group.setItems(List.of(1, 2, 3), String::valueOf);
        group.setHorizontal();
        group.setErrorMessage("Pick one.");
        group.setInvalid(true);
        group.setReadOnly(true);
        group.setRequiredIndicatorVisible(true);
        assertThat(group.getElement().getProperty("label")).isEqualTo("Confidence");
        assertThat(group.getElement().getProperty("errorMessage")).isEqualTo("Pick one.");
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getElement().getProperty("readonly", false)).isTrue();
        assertThat(group.getElement().getProperty("required", false)).isTrue();
        assertThat(group.data().path("theme").asString()).isEqualTo("horizontal");
    }

    @Test
    void aReadOnlyGroupIgnoresAPickSentAnyway() {
        var group = new LightRadioGroup<Integer>("Confidence");
        group.setItems(List.of(1, 2, 3), String::valueOf);
        group.setValue(2);
        group.setReadOnly(true);
        new Browser(group).act(LightRadioGroup.CHOOSE, "3");
        assertThat(group.getValue()).isEqualTo(2);
    }
}
