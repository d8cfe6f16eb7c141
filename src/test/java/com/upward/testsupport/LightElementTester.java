package com.upward.testsupport;

import com.upward.base.ui.light.LightElement;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.JsonNode;

/**
 * A light element as the browser sees it: what it is sent to show ({@code data()}), and its one event, {@code
 * light-action} with an action and a value, as the browser sends it. Refused if the element is hidden or disabled.
 */
public class LightElementTester<E extends LightElement> extends ComponentTester<E> {

    public LightElementTester(E element) {
        super(element);
    }

    public void act(String action, String value) {
        ensureComponentIsUsable();
        var data = JacksonUtils.createObjectNode();
        data.put(LightElement.ACTION, action);
        data.put(LightElement.VALUE, value);
        fireDomEvent(LightElement.EVENT, data);
    }

    /** The event without any detail, as a tampered browser might send it. */
    public void actWithoutDetail() {
        ensureComponentIsUsable();
        fireDomEvent(LightElement.EVENT, JacksonUtils.createObjectNode());
    }

    public JsonNode data() {
        return getComponent().data();
    }
}
