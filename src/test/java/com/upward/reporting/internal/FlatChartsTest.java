package com.upward.reporting.internal;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

/** The report charts' one style: flat, no shadows, and series that stay apart when printed in black and white. */
class FlatChartsTest {

    @Test
    void barsAreFlatWithoutShadowsAndTakeThePaletteInOrder() {
        var data = new DefaultCategoryDataset();
        data.addValue(26, "Achieved", "Learning");
        data.addValue(6, "Pivoted", "Learning");
        data.addValue(34, "Other", "Learning");
        JFreeChart chart = ChartFactory.createStackedBarChart("Goals", null, null, data);
        new FlatCharts().customize(chart, null);

        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        assertThat(bars.getShadowsVisible()).isFalse();
        assertThat(bars.getBarPainter()).isInstanceOf(StandardBarPainter.class);
        assertThat(plot.isDomainGridlinesVisible()).isFalse();
        assertThat(plot.isOutlineVisible()).isFalse();
        assertThat(bars.getSeriesPaint(0)).isEqualTo(FlatCharts.NAVY);
        assertThat(bars.getSeriesPaint(2)).isEqualTo(FlatCharts.LIGHT_GREY);
        // labels on the dark segment are white, on the light ones dark
        assertThat(bars.getSeriesItemLabelPaint(0)).isEqualTo(Color.WHITE);
        assertThat(bars.getSeriesItemLabelPaint(2)).isEqualTo(FlatCharts.INK);
    }

    @Test
    void pieSlicesCastNoShadow() {
        var data = new DefaultPieDataset<String>();
        data.setValue("Promoters (13)", 13);
        data.setValue("Passives (0)", 0);
        data.setValue("Detractors (5)", 5);
        JFreeChart chart = ChartFactory.createPieChart("NPS", data);
        new FlatCharts().customize(chart, null);

        @SuppressWarnings("unchecked")
        PiePlot<String> pie = (PiePlot<String>) chart.getPlot();
        assertThat(pie.getShadowPaint()).isNull();
        assertThat(pie.getShadowXOffset()).isZero();
        assertThat(pie.getSectionPaint("Promoters (13)")).isEqualTo(FlatCharts.NAVY);
        assertThat(pie.getSectionPaint("Detractors (5)")).isEqualTo(FlatCharts.AMBER);
    }

    /** Printed in black and white, each colour becomes a grey: the greys must differ clearly. */
    @Test
    void thePaletteColoursDifferInLightness() {
        Color[] palette = FlatCharts.PALETTE;
        for (int i = 0; i < palette.length; i++) {
            for (int j = i + 1; j < palette.length; j++) {
                assertThat(Math.abs(luminance(palette[i]) - luminance(palette[j])))
                        .as("lightness of %s against %s", palette[i], palette[j]).isGreaterThan(0.25);
            }
        }
    }

    /** Relative luminance (WCAG), 0 black to 1 white. */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
