package com.upward.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.function.SerializableFunction;

import java.util.List;
import java.util.Objects;

/**
 * A single choice from a few fixed options, as one element: the web component draws the options, and the server
 * keeps no component per option (Flow's {@code Select} and {@code RadioButtonGroup} keep two or three, with their
 * listeners, in every session: decision 018). An option's value in the browser is {@code String.valueOf(option)}
 * (an enum's name, a number); a value the browser sends that is not an option's reads as no choice.
 */
public abstract class LightChoice<C extends LightChoice<C, T>, T> extends AbstractField<C, T>
        implements HasLabel, HasValidation, HasAriaLabel, HasSize {

    private List<T> options = List.of();

    protected LightChoice() {
        super(null);
        getElement().addPropertyChangeListener("value", "value-changed", e -> {
            if (e.isUserOriginated()) {
                setModelValue(option(e.getValue() == null ? "" : e.getValue().toString()), true);
            }
        });
    }

    /** The options in order, with the text each shows; no two may have the same {@code String.valueOf}. */
    public void setItems(List<T> options, SerializableFunction<T, String> labels) {
        if (options.stream().map(String::valueOf).distinct().count() != options.size()) {
            throw new IllegalArgumentException("Two options have the same value: " + options);
        }
        this.options = List.copyOf(options);
        showOptions(this.options.stream().map(String::valueOf).toList(), this.options.stream().map(labels).toList());
        setPresentationValue(getValue());
    }

    /** Draws the options in the browser: each option's value and label, in order. */
    protected abstract void showOptions(List<String> values, List<String> optionLabels);

    @Override
    protected void setPresentationValue(T value) {
        getElement().setProperty("value", value == null || !options.contains(value) ? "" : String.valueOf(value));
    }

    private T option(String value) {
        return options.stream().filter(o -> String.valueOf(o).equals(value)).findFirst().orElse(null);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getElement().setProperty("errorMessage", Objects.requireNonNullElse(errorMessage, ""));
    }

    @Override
    public String getErrorMessage() {
        return getElement().getProperty("errorMessage");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }
}
