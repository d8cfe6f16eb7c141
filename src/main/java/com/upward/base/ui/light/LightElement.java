package com.upward.base.ui.light;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The server side of a light element (see the package's documentation): it draws the element with {@code
 * show(data())} when attached and when asked to, at most once per round trip, and hands each {@value #EVENT} on to
 * {@link #onAction}. The session keeps the component and what its {@link #data()} is built from, not the JSON.
 */
public abstract class LightElement extends Component {

    /** The one event every light element sends; its detail is {@code {action, value}}. */
    public static final String EVENT = "light-action";
    public static final String ACTION = "event.detail.action";
    public static final String VALUE = "event.detail.value";

    private final DomListenerRegistration listener;
    private boolean drawPending;

    protected LightElement() {
        this(true);
    }

    /** An element that only shows what it is sent keeps no listener in the session (about 1.4 KB each). */
    protected LightElement(boolean listens) {
        listener = !listens ? null : listen(this, this::onAction);
    }

    /**
     * Hands the component's {@value #EVENT}s on to {@code onAction} (for a light element that must extend another
     * class, a field for one).
     */
    public static DomListenerRegistration listen(Component component, SerializableBiConsumer<String, String> onAction) {
        return component.getElement().addEventListener(EVENT, e -> onAction.accept(
                e.getEventData().path(ACTION).asString(""), e.getEventData().path(VALUE).asString("")))
                .addEventData(ACTION).addEventData(VALUE);
    }

    /** Sends {@code data} to the component's {@code show(data)} before the next response, if it is attached. */
    public static void show(Component component, SerializableSupplier<JsonNode> data) {
        component.getUI().ifPresent(ui -> ui.beforeClientResponse(component,
                context -> component.getElement().executeJs("this.show($0)", data.get())));
    }

    /** What the browser is sent to show, built again each time it is drawn. */
    public abstract JsonNode data();

    /** An action the user took in the browser; anything not known must be ignored. */
    protected void onAction(String action, String value) {
    }

    /** Typed properties the user changes in the browser, sent with the event (for editable elements only). */
    protected final void synchronize(String... properties) {
        for (String property : properties) {
            listener.synchronizeProperty(property);
        }
    }

    /** Draws again before the next response, however many changes asked for it, and only while attached. */
    protected final void draw() {
        if (drawPending || !isAttached()) {
            return;
        }
        drawPending = true;
        show(this, () -> {
            drawPending = false;
            return data();
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw(); // also after a resynchronisation, when the browser has lost what was drawn
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        drawPending = false; // a draw asked for just before the detach is not run; the next attach draws
    }
}
