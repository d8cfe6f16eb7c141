package com.upward.base.ui;

import com.upward.testsupport.DomEventTester;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LightFieldsTest {

    enum Size { SMALL, LARGE }

    @Test
    void aChoiceSendsEachOptionWithItsValueAndLabelAndReadsBackWhatTheUserPicked() {
        var select = new LightSelect<Size>();
        select.setItems(List.of(Size.values()), s -> s == Size.SMALL ? "Small" : "Large");
        assertThat(select.drawnOptions().toString()).isEqualTo("[[\"SMALL\",\"Small\"],[\"LARGE\",\"Large\"]]");
        assertThat(select.getElement().hasProperty("items")).as("sent when shown, not kept").isFalse();

        List<Size> picked = new ArrayList<>();
        List<Boolean> fromClient = new ArrayList<>();
        select.addValueChangeListener(e -> {
            picked.add(e.getValue());
            fromClient.add(e.isFromClient());
        });
        fromBrowser(select, "value", "LARGE");
        assertThat(select.getValue()).isEqualTo(Size.LARGE);
        fromBrowser(select, "value", "HUGE");   // not an option: no choice, not an error
        assertThat(select.getValue()).isNull();
        assertThat(picked).containsExactly(Size.LARGE, null);
        assertThat(fromClient).containsExactly(true, true);

        select.setValue(Size.SMALL);
        assertThat(select.getElement().getProperty("value")).isEqualTo("SMALL");
        select.clear();
        assertThat(select.getElement().getProperty("value")).isEmpty();
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
    void validationAndReadOnlyAreTheWebComponentsOwnProperties() {
        var group = new LightRadioGroup<Integer>("Confidence");
        group.setItems(List.of(1, 2, 3), String::valueOf);
        group.setErrorMessage("Pick one.");
        group.setInvalid(true);
        group.setReadOnly(true);
        group.setRequiredIndicatorVisible(true);
        assertThat(group.getElement().getProperty("label")).isEqualTo("Confidence");
        assertThat(group.getElement().getProperty("errorMessage")).isEqualTo("Pick one.");
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getElement().getProperty("readonly", false)).isTrue();
        assertThat(group.getElement().getProperty("required", false)).isTrue();
    }

    @Test
    void aCheckboxIsOneElementWithItsLabelAndItsCheckedState() {
        var box = new LightCheckbox("We met", true);
        assertThat(box.getLabel()).isEqualTo("We met");
        assertThat(box.getElement().getProperty("checked", false)).isTrue();
        assertThat(box.getElement().getChildCount()).isZero();
        fromBrowser(box, "checked", false);
        assertThat(box.getValue()).isFalse();
    }

    private static void fromBrowser(Component field, String property, Serializable value) {
        new DomEventTester(field).setProperty(property, value);
    }
}
