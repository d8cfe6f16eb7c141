package com.upward.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin Flow's UIDL protocol, as far as a load test needs it: the security key, the
 * message counters, and a mirror of the server's element tree built from the "changes" of every response, so that
 * buttons and fields are found by what a person sees (button text, field label), not by node numbers, which differ
 * per user and per release. Learnt from a recorded Chromium session (decision 014); not a general client.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAVIGATE_URL = Pattern.compile("\"(checkins/\\d+)\"");

    // Vaadin's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures), by number as they appear in UIDL
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> properties = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final List<String> newPropertyEvents = new ArrayList<>();

    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastNavigation;

    /** The answer to {@code ?v-r=init}: the security key, the UI id and the first changes. */
    public void init(String body) {
        JsonNode config = read(body).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        if (csrfToken == null) {
            throw new IllegalStateException("no Vaadin-Security-Key in the init answer");
        }
        apply(uidl);
    }

    /**
     * A response to a UIDL request. Refuses what a real client would treat as failure: an application error, a
     * session expiry, or a request to resynchronise (the message counters got out of step).
     */
    public void response(String body) {
        JsonNode uidl = read(body);
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
            throw new IllegalStateException("Vaadin refused the request: " + meta);
        }
        apply(uidl);
    }

    public int uiId() {
        return uiId;
    }

    /** The request body for the given RPC invocations; counts the message as sent. */
    public String message(ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** The router event the client sends after the init answer, to open the route in the address bar. */
    public String navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return message(rpc().add(event(1, "ui-navigate", data)));
    }

    /**
     * What the browser sends once new elements are attached: the "-changed" events of their synchronised properties
     * (the recorded session sends one such message after each view opens). Clears the list.
     */
    public String propertySync() {
        ArrayNode rpc = rpc();
        for (String registration : newPropertyEvents) {
            int at = registration.indexOf(':');
            rpc.add(event(Integer.parseInt(registration.substring(0, at)), registration.substring(at + 1),
                    JSON.createObjectNode()));
        }
        newPropertyEvents.clear();
        return message(rpc);
    }

    public boolean hasPropertySync() {
        return !newPropertyEvents.isEmpty();
    }

    /** A click on the button that shows exactly this text. */
    public String click(String buttonText) {
        int button = button(buttonText).orElseThrow(() -> new IllegalStateException("no button " + buttonText));
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 300)
                .put("event.clientY", 600).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 700).put("event.screenX", 310);
        return message(rpc().add(event(button, "click", data)));
    }

    /** Text typed into the labelled text area, sent as the browser does after the 300 ms typing pause. */
    public String type(String label, String text) {
        int field = labelled("vaadin-text-area", label);
        ObjectNode phase = JSON.createObjectNode().put("1", 1);
        return message(rpc().add(sync(field, "value", JSON.getNodeFactory().textNode(text)))
                .add(event(field, "input", phase)));
    }

    /**
     * Picks the option with this value in the labelled radio group, as a click on its button does: the buttons are
     * made in the browser (decision 018), so only the group's value goes to the server.
     */
    public String choose(String groupLabel, String value) {
        int group = labelled("vaadin-radio-group", groupLabel);
        return message(rpc().add(sync(group, "value", JSON.getNodeFactory().textNode(value)))
                .add(event(group, "value-changed", JSON.createObjectNode())));
    }

    /** The vaadin-button node whose text child reads exactly this, if one is attached. */
    public OptionalInt button(String text) {
        return tags.entrySet().stream().filter(e -> "vaadin-button".equals(e.getValue())).mapToInt(Map.Entry::getKey)
                .filter(n -> children.getOrDefault(n, List.of()).stream().anyMatch(c -> text.equals(texts.get(c))))
                .findFirst();
    }

    /** Whether some attached text node reads exactly this (a notification, a heading). */
    public boolean showsText(String text) {
        return texts.containsValue(text);
    }

    /** The route of the last server-side navigation ({@code checkins/123}), if any. */
    public String lastNavigation() {
        return lastNavigation;
    }

    private int labelled(String tag, String label) {
        return tags.entrySet().stream().filter(e -> tag.equals(e.getValue())).mapToInt(Map.Entry::getKey)
                .filter(n -> label.equals(property(n, "label").map(JsonNode::asText).orElse(null)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + tag + " labelled " + label));
    }

    private Optional<JsonNode> property(int node, String name) {
        return Optional.ofNullable(properties.getOrDefault(node, Map.of()).get(name));
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt(); // the id the server expects on the next message
        }
        for (JsonNode change : uidl.path("changes")) {
            change(change);
        }
        Matcher navigation = NAVIGATE_URL.matcher(uidl.path("execute").toString());
        if (navigation.find()) {
            lastNavigation = navigation.group(1);
        }
    }

    private void change(JsonNode change) {
        int node = change.path("node").asInt();
        int feature = change.path("feat").asInt(-1);
        switch (change.path("type").asText()) {
            case "detach" -> {
                tags.remove(node);
                properties.remove(node);
                children.remove(node);
                texts.remove(node);
            }
            case "put" -> {
                String key = change.path("key").asText();
                JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
                if (feature == ELEMENT_DATA && key.equals("tag")) {
                    tags.put(node, value.asText());
                } else if (feature == PROPERTIES) {
                    properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
                } else if (feature == TEXT && key.equals("text")) {
                    texts.put(node, value.asText());
                } else if (feature == LISTENERS && key.endsWith("-changed")) {
                    newPropertyEvents.add(node + ":" + key);
                }
            }
            case "splice" -> {
                if (feature == CHILDREN) {
                    List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                    int index = change.path("index").asInt();
                    for (int i = 0; i < change.path("remove").asInt(0) && index < list.size(); i++) {
                        list.remove(index);
                    }
                    int at = index;
                    for (JsonNode added : change.path("addNodes")) {
                        list.add(Math.min(at++, list.size()), added.asInt());
                    }
                }
            }
            case "clear" -> {
                if (feature == CHILDREN) {
                    children.remove(node);
                }
            }
            default -> {
                // attach, remove (of a map key) and others: nothing the finder needs
            }
        }
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private static ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() ? node.get(0) : node;
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL answer: " + json.substring(0, Math.min(200, json.length())),
                    e);
        }
    }
}
