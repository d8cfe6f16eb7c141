package com.upward.base.ui;

import com.upward.base.Texts;
import com.upward.testsupport.HostileInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markup built by the app: every text comes out as the same text, never as elements or attributes. */
class MarkupTest {

    /** As stored: {@link Texts#clean} has dropped the control characters an HTML parser would replace. */
    @Test
    void hostileTextStaysTextInContentAndAttributes() {
        for (String hostile : HostileInput.CLASSICS) {
            String text = Texts.clean(hostile);
            if (text == null) {
                continue;
            }
            Document doc = Jsoup.parseBodyFragment("<span title=\"" + Markup.text(text) + "\">"
                    + Markup.text(text) + "</span>");
            var span = doc.body().child(0);
            assertThat(doc.body().getAllElements()).as(hostile).hasSize(2); // body and the span
            assertThat(span.wholeText()).as(hostile).isEqualTo(text);
            assertThat(span.attributes().size()).as(hostile).isEqualTo(1);
            assertThat(span.attr("title")).as(hostile).isEqualTo(text);
        }
    }
}
