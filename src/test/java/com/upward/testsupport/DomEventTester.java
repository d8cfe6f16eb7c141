package com.upward.testsupport;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;

import java.io.Serializable;
import java.util.Map;

/** Fires a DOM event on a component's element with the event data the browser would send (for markup controls). */
public class DomEventTester extends ComponentTester<Component> {

    public DomEventTester(Component component) {
        super(component);
    }

    /** A filter expression goes in {@code eventData} too, with "true" (Flow sends its result as data). */
    public void fire(String type, Map<String, String> eventData) {
        ensureComponentIsUsable();
        var data = JacksonUtils.createObjectNode();
        eventData.forEach((key, value) -> {
            if (value.equals("true")) {
                data.put(key, true);
            } else {
                data.put(key, value);
            }
        });
        fireDomEvent(type, data);
    }

    /**
     * A property change as the browser sends it: refused unless the property is synchronised. Works on a component
     * outside a UI too, for the light fields' own tests.
     */
    public void setProperty(String property, Serializable value) {
        try {
            getComponent().getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient(property, value)
                    .run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("the browser may not change " + property, e);
        }
    }
}
