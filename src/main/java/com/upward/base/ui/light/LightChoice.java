package com.upward.base.ui.light;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.function.SerializableFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Objects;

/**
 * A single choice from a few fixed options, as one element: the web component draws the options, sent each time
 * it is attached, and the server keeps no component per option (Flow's {@code Select} and {@code RadioButtonGroup}
 * keep two or three, with their listeners, in every session: decision 018). An option's value in the browser is
 * {@code String.valueOf(option)} (an enum's name, a number); a value the browser sends that is not an option's reads
 * as no choice. The one exception to the light-element convention (decision 022): the check-in form measured
 * 107.6 KB per session with Flow's {@code RadioButtonGroup}s, over the 100 KB budget.
 */
public abstract class LightChoice<C extends LightChoice<C, T>, T> extends AbstractField<C, T>
        implements HasLabel, HasValidation, HasAriaLabel, HasSize {

    private List<T> options = List.of();
    private SerializableFunction<T, String> labels = String::valueOf;

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
        this.labels = labels;
        setPresentationValue(getValue());
        if (isAttached()) {
            showOptions(drawnOptions());
        }
    }

    /**
     * Each option as [value, label], in order, as the browser gets them. Built again each time they are shown, so
     * the session keeps the options and the way to label them, not their JSON.
     */
    public ArrayNode drawnOptions() {
        var drawn = JsonNodeFactory.instance.arrayNode();
        options.forEach(option -> drawn.addArray().add(String.valueOf(option)).add(labels.apply(option)));
        return drawn;
    }

    /** Draws the options in the browser; called each time the field is attached and when they change. */
    protected abstract void showOptions(ArrayNode options);

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showOptions(drawnOptions());
    }

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
