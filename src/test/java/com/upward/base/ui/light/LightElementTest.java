package com.upward.base.ui.light;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LightElementTest {

    @Tag("upward-test")
    static class Recording extends LightElement {
        final List<String> actions = new ArrayList<>();

        @Override
        public ObjectNode data() {
            return JacksonUtils.createObjectNode().put("title", "Shown");
        }

        @Override
        protected void onAction(String action, String value) {
            actions.add(action + "=" + value);
        }
    }

    private static void fromBrowser(LightElement element, ObjectNode eventData) {
        element.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element.getElement(), LightElement.EVENT, eventData));
    }

    @Test
    void theOneEventCarriesAnActionAndAValueAndAMissingDetailReadsAsEmpty() {
        var element = new Recording();
        fromBrowser(element, JacksonUtils.createObjectNode().put(LightElement.ACTION, "sort")
                .put(LightElement.VALUE, "name"));
        fromBrowser(element, JacksonUtils.createObjectNode());
        assertThat(element.actions).containsExactly("sort=name", "=");
    }

    @Test
    void markupIsSentAsDataAndTheFirstDrawIsTheOneGiven() {
        var block = new DrawnMarkup("cohort-healths", "<p>first</p>", () -> "<p>again</p>");
        assertThat(block.data().get("html").asString()).isEqualTo("<p>first</p>");
        assertThat(DrawnMarkup.inPlace(() -> "<p>built</p>").data().get("html").asString()).isEqualTo("<p>built</p>");
        assertThat(block.getElement().getAttribute("class")).isEqualTo("cohort-healths");
        fromBrowser(block, JacksonUtils.createObjectNode().put(LightElement.ACTION, "anything"));
        assertThat(block.getElement().getProperty("innerHTML")).as("kept nowhere in the session").isNull();
    }
}
