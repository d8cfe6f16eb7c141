package com.upward.testsupport;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;

/**
 * Types text that does not parse into a number or date field, as a browser reports it: the field's input text in
 * {@code _inputElementValue} and an {@code unparsable-change} event. The field's value stays empty; the field (and
 * a Binder around it) then knows it has bad input.
 */
public final class TypedText extends ComponentTester<Component> {

    private TypedText(Component field) {
        super(field);
    }

    public static void type(Component field, String text) {
        var typist = new TypedText(field);
        typist.ensureComponentIsUsable();
        field.getElement().setProperty("_inputElementValue", text);
        typist.fireDomEvent("unparsable-change");
    }
}
