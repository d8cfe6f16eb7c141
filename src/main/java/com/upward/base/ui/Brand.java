package com.upward.base.ui;

import com.vaadin.flow.component.Component;

/** The product mark, shared by the login page and the app shell. */
public final class Brand {

    private static final String LOGO = """
            <div class="brand"><vaadin-icon class="brand-icon" icon="vaadin:trending-up" aria-hidden="true">\
            </vaadin-icon><span class="brand-name">Upward</span></div>""";

    private Brand() {
    }

    public static Component logo() {
        return Markup.of(LOGO);
    }
}
