package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A button that only needs to know it was clicked: one click listener without event data. Flow's {@code Button}
 * keeps a text component, a disable-on-click controller and a click listener with ten event-data expressions
 * (mouse position, keys) in every session (decision 019). A disabled button's clicks are refused by Flow, as for
 * any disabled component.
 */
@Tag("vaadin-button")
@Uses(Button.class)
public class LightButton extends Component implements HasText, HasEnabled, HasTheme, HasAriaLabel {

    public LightButton(String text, SerializableRunnable onClick) {
        setText(text);
        getElement().addEventListener("click", e -> onClick.run());
    }

    public void addThemeVariants(ButtonVariant... variants) {
        for (ButtonVariant variant : variants) {
            addThemeName(variant.getVariantName());
        }
    }
}
