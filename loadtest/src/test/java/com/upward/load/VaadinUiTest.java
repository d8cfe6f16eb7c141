package com.upward.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The protocol layer on answers shaped like those of the recorded session (trimmed to what matters): the counters,
 * the security key, finding a button by its text and a field by its label, and forgetting detached nodes. The
 * simulation itself, run with two users (docs/benchmarks.md), checks it against the real application.
 */
class VaadinUiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INIT = """
            {"appConfig":{"v-uiId":3,"uidl":{"clientId":0,"syncId":0,"Vaadin-Security-Key":"key-1",
             "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""";

    // the home: a vaadin-button (77) whose text child (76) reads "Start check-in", and a property listener
    private static final String HOME = """
            {"clientId":1,"syncId":1,"changes":[
             {"node":77,"type":"attach"},{"node":77,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
             {"node":76,"type":"attach"},{"node":76,"type":"put","key":"text","feat":7,"value":"Start check-in"},
             {"node":77,"type":"splice","feat":2,"index":0,"addNodes":[76]},
             {"node":77,"type":"put","key":"click","feat":4,"value":"abc="},
             {"node":125,"type":"put","key":"drawer-opened-changed","feat":4,"value":"def="}]}""";

    // the check-in form: the home's button is gone, a labelled text area and a radio group
    private static final String FORM = """
            {"clientId":2,"syncId":2,"changes":[
             {"node":77,"type":"detach"},{"node":76,"type":"detach"},
             {"node":193,"type":"put","key":"tag","feat":0,"value":"vaadin-text-area"},
             {"node":193,"type":"put","key":"label","feat":1,"value":"Wins"},
             {"node":167,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-group"},
             {"node":167,"type":"put","key":"label","feat":1,"value":"Confidence about your goals"}],
             "execute":[[null,"checkins/136",false,"window.dispatchEvent(new CustomEvent('vaadin-navigate'))"]]}""";

    @Test
    void findsNodesByWhatTheUserSeesAndKeepsTheCountersInStep() throws Exception {
        var ui = new VaadinUi();
        ui.init(INIT);
        assertEquals(3, ui.uiId());
        JsonNode navigate = JSON.readTree(ui.navigate("/"));
        assertEquals("key-1", navigate.get("csrfToken").asText());
        assertEquals(0, navigate.get("clientId").asInt());
        assertEquals("ui-navigate", navigate.at("/rpc/0/event").asText());

        ui.response("for(;;);[" + HOME + "]");
        JsonNode click = JSON.readTree(ui.click("Start check-in"));
        assertEquals(77, click.at("/rpc/0/node").asInt());
        assertEquals(1, click.get("clientId").asInt());
        assertEquals(1, click.get("syncId").asInt());
        assertTrue(ui.hasPropertySync());
        assertEquals("drawer-opened-changed", JSON.readTree(ui.propertySync()).at("/rpc/0/event").asText());
        assertFalse(ui.hasPropertySync());

        ui.response(FORM);
        assertTrue(ui.button("Start check-in").isEmpty(), "a detached button is forgotten");
        assertEquals("checkins/136", ui.lastNavigation());
        JsonNode typed = JSON.readTree(ui.type("Wins", "A small win"));
        assertEquals(193, typed.at("/rpc/0/node").asInt());
        assertEquals("A small win", typed.at("/rpc/0/value").asText());
        JsonNode chosen = JSON.readTree(ui.choose("Confidence about your goals", "4"));
        assertEquals(167, chosen.at("/rpc/0/node").asInt());
        assertEquals("4", chosen.at("/rpc/0/value").asText());
        assertEquals("value-changed", chosen.at("/rpc/1/event").asText());
        assertThrows(IllegalStateException.class, () -> ui.click("Save draft"));
    }

    @Test
    void refusesAnAnswerThatAskedToResynchronise() {
        var ui = new VaadinUi();
        ui.init(INIT);
        assertThrows(IllegalStateException.class, () -> ui.response("{\"resynchronize\":true,\"syncId\":-1}"));
        assertThrows(IllegalStateException.class,
                () -> ui.response("{\"meta\":{\"sessionExpired\":true},\"syncId\":-1}"));
    }
}
