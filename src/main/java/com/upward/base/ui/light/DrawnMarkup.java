package com.upward.base.ui.light;

import com.upward.base.ui.Markup;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableSupplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A large read-only block of markup ({@link Markup}) that the session does not keep: a light element ({@code
 * <upward-markup>}) that is sent the markup when it is shown, and the server forgets it once sent. If the browser
 * needs it again (a resynchronisation), it is built again. An {@code Html} component keeps its whole text in every
 * session that shows it (decisions 019 and 022). It sends no actions.
 */
@Tag("upward-markup")
@JsModule("./components/upward-markup.js")
public class DrawnMarkup extends LightElement {

    private final SerializableSupplier<String> html;
    private String firstDraw;

    /**
     * {@code firstDraw} is the content to show now; {@code html} builds it again when needed. Both use {@link
     * Markup#text} for every text that can vary.
     */
    public DrawnMarkup(String className, String firstDraw, SerializableSupplier<String> html) {
        super(false);
        this.html = html;
        this.firstDraw = firstDraw;
        getElement().setAttribute("class", className);
    }

    /**
     * A block whose markup is cheap to build again from what its component keeps anyway: it is built each time the
     * block is shown. The block lays out as its content does ({@code display: contents}), so the markup's own root
     * elements are the parent's children for the styles.
     */
    public static DrawnMarkup inPlace(SerializableSupplier<String> html) {
        return new DrawnMarkup("drawn-in-place", null, html);
    }

    /** What the block shows now. */
    public String markup() {
        return firstDraw != null ? firstDraw : html.get();
    }

    @Override
    public ObjectNode data() {
        return JsonNodeFactory.instance.objectNode().put("html", markup());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent); // draws before the response, then the first draw is forgotten
        attachEvent.getUI().beforeClientResponse(this, context -> firstDraw = null);
    }
}
