/**
 * The light UI: the one way this app trades Flow components for memory (decision 022). Use it only for a view that
 * goes over the budget (100 KB retained heap per signed-in user) in {@code SessionMemoryBenchmark} with Flow's own
 * components; everywhere else use Flow's components.
 * <p>
 * A light element is a Lit element in {@code frontend/components/} that extends {@code light-element.js}, with a
 * Java side that extends {@link com.upward.base.ui.light.LightElement}. The convention, the same for every element:
 * <ul>
 * <li>What it shows goes in one call, {@code show(data)}, built by {@code data()} each time it is drawn (on attach,
 * and once per round trip after {@code draw()}); the session keeps what builds it, not the JSON.</li>
 * <li>What the user may change is a typed Lit property ({@code static properties}), synchronised with the event.</li>
 * <li>The element sends one event, {@value com.upward.base.ui.light.LightElement#EVENT}, whose detail is
 * {@code {action, value}}, two strings; the server ignores an action it does not know and a value that is not one
 * it showed.</li>
 * </ul>
 * Browserless tests read {@code data()} and fire the event with {@code testsupport/LightElementTester}.
 * <p>
 * A field ({@link com.upward.base.ui.light.LightRadioGroup}) must extend Flow's {@code AbstractField}, so it cannot
 * extend {@code LightElement}; it speaks the same convention through {@code LightElement.listen} and {@code
 * LightElement.show}, with its field state (value, label, read-only, validation) as typed properties.
 */
@NamedInterface("light")
package com.upward.base.ui.light;

import org.springframework.modulith.NamedInterface;
