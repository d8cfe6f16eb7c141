package com.upward.base.ui.light;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.function.SerializableFunction;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/**
 * A single choice from a few fixed options, as one light element ({@code <upward-radio-group>}, which draws Vaadin's
 * radio group and its buttons in the browser): the server keeps one component for the group, not a button, a label
 * and listeners per option as Flow's {@code RadioButtonGroup} does. The check-in form measured 107.6 KB per session
 * with two of those, over the 100 KB budget (decision 022).
 * <p>
 * A field, so it extends {@code AbstractField} rather than {@link LightElement}, and follows the same convention: the
 * options are shown with {@code show(data)} when attached, and the user's pick comes back as the action {@value
 * #CHOOSE}. An option's value in the browser is {@code String.valueOf(option)} (an enum's name, a number); a value
 * the browser sends that is not an option's reads as no choice.
 */
@Tag("upward-radio-group")
@JsModule("./components/upward-radio-group.js")
@Uses(RadioButtonGroup.class)
public class LightRadioGroup<T> extends AbstractField<LightRadioGroup<T>, T> implements HasLabel, HasValidation {

    static final String CHOOSE = "choose";

    private List<T> options = List.of();
    private SerializableFunction<T, String> labels = String::valueOf;
    private boolean horizontal;

    public LightRadioGroup(String label) {
        super(null);
        setLabel(label);
        LightElement.listen(this, (action, value) -> {
            if (CHOOSE.equals(action) && !isReadOnly()) {
                setModelValue(option(value), true);
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
        LightElement.show(this, this::data);
    }

    /** Lays the options out in a row; call it before the group is shown. */
    public void setHorizontal() {
        horizontal = true;
    }

    /**
     * What the browser is shown: each option as [value, label], in order, and the layout. Built again each time, so
     * the session keeps the options and the way to label them, not their JSON.
     */
    public ObjectNode data() {
        var data = JsonNodeFactory.instance.objectNode()
                .put("theme", horizontal ? RadioGroupVariant.AURA_HORIZONTAL.getVariantName() : "");
        var drawn = data.putArray("options");
        options.forEach(option -> drawn.addArray().add(String.valueOf(option)).add(labels.apply(option)));
        return data;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LightElement.show(this, this::data); // also after a resynchronisation, when the browser has lost what was drawn
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
