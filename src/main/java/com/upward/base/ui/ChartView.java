package com.upward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;

import java.util.List;

/**
 * A chart drawn in the browser by {@code frontend/components/upward-chart.js} (Chart.js), placed in a page's
 * markup with {@link #lineMarkup}; a view that shows charts names this class in {@code @Uses} so the element is in
 * the bundle. The data goes as JSON; {@code summary} is the text alternative, read out instead of the picture, and
 * the element also renders the numbers as a visually hidden table.
 */
@Tag("upward-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/upward-chart.js")
public class ChartView extends Component {

    /** One line or one set of bars; a null value is a gap. */
    public record Series(String label, List<Double> values) {
    }

    /** What the browser draws. {@code max} fixes the value axis (100 for percentages), or null. */
    public record Data(String type, String title, String categoryLabel, List<String> labels, List<Series> series,
                       String unit, Double max) {
    }

    /**
     * A line chart as markup, for a read-only block of a page ({@link Markup}): the data goes as the element's
     * {@code data} attribute, which the element reads as JSON.
     */
    public static String lineMarkup(String title, String categoryLabel, List<String> labels, Series series,
                                    String unit, Double max, String summary) {
        String data = JacksonUtils.beanToJson(new Data("line", title, categoryLabel, labels, List.of(series), unit,
                max)).toString();
        return "<upward-chart role=\"figure\" aria-label=\"" + Markup.text(summary) + "\" summary=\""
                + Markup.text(summary) + "\" data=\"" + Markup.text(data) + "\"></upward-chart>";
    }
}
