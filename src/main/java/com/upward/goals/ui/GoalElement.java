package com.upward.goals.ui;

import com.upward.base.ui.light.LightElement;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * A part of a goal's panel drawn in the browser ({@code frontend/components/upward-goal.js}, a light element): the
 * goal itself (headline, progress, milestones and their buttons) or the comments' toggle. Its data is built from the
 * goal the panel keeps anyway; its actions go to the panel.
 */
@Tag("upward-goal")
@JsModule("./components/upward-goal.js")
class GoalElement extends LightElement {

    private final SerializableSupplier<ObjectNode> data;
    private final SerializableBiConsumer<String, String> actions;

    GoalElement(SerializableSupplier<ObjectNode> data, SerializableBiConsumer<String, String> actions) {
        this.data = data;
        this.actions = actions;
    }

    @Override
    public ObjectNode data() {
        return data.get();
    }

    @Override
    protected void onAction(String action, String value) {
        actions.accept(action, value);
    }

    void redraw() {
        draw();
    }
}
