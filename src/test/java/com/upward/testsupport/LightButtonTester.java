package com.upward.testsupport;

import com.upward.base.ui.LightButton;

import java.util.Map;

/** A click on a {@link LightButton} as the browser sends it; refused if the button is hidden or disabled. */
public final class LightButtonTester {

    private LightButtonTester() {
    }

    public static void click(LightButton button) {
        new DomEventTester(button).fire("click", Map.of());
    }
}
