package com.upward.reporting.internal;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;

/**
 * The one chart style of every report (named as {@code customizerClass} in the templates): flat, no shadows,
 * gradients or 3D, light horizontal grid lines only, and a palette whose colours differ in lightness (dark navy,
 * amber, light grey) so the series stay apart when the PDF is printed in black and white. Outlines keep a light bar
 * or slice visible on white paper.
 */
public class FlatCharts implements JRChartCustomizer {

    static final Color INK = new Color(0x1F2933);
    static final Color NAVY = new Color(0x1F3B73);
    static final Color AMBER = new Color(0xE69F00);
    static final Color LIGHT_GREY = new Color(0xD5DBE3);
    private static final Color GRID = new Color(0xE4E7EB);
    /** Dark, middle, light: the order series take their colours in. */
    static final Color[] PALETTE = {NAVY, AMBER, LIGHT_GREY};
    /** The NPS slices: promoters dark, passives light (the neutral middle), detractors amber. */
    static final Color[] PIE_PALETTE = {NAVY, LIGHT_GREY, AMBER};

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            flat(category);
        } else if (plot instanceof PiePlot<?> pie) {
            flat(pie);
        }
    }

    private static void flat(CategoryPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryItemRenderer renderer = plot.getRenderer();
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(true);
            bars.setItemMargin(0.05);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setAutoPopulateSeriesStroke(false);
            lines.setDefaultStroke(new BasicStroke(2f));
            lines.setDefaultShapesFilled(true);
        }
        renderer.setDefaultOutlinePaint(INK);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        for (int series = 0; series < PALETTE.length; series++) {
            renderer.setSeriesPaint(series, PALETTE[series]);
            renderer.setSeriesOutlinePaint(series, INK);
            // a stacked bar's labels sit on the bar, a plain bar's above it on white
            renderer.setSeriesItemLabelPaint(series, renderer instanceof StackedBarRenderer
                    ? labelOn(PALETTE[series]) : INK);
        }
    }

    private static <K extends Comparable<K>> void flat(PiePlot<K> pie) {
        pie.setShadowPaint(null);
        pie.setShadowXOffset(0);
        pie.setShadowYOffset(0);
        pie.setSectionOutlinesVisible(true);
        pie.setDefaultSectionOutlinePaint(Color.WHITE);
        pie.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        for (int i = 0; i < pie.getDataset().getItemCount(); i++) {
            pie.setSectionPaint(pie.getDataset().getKey(i), PIE_PALETTE[i % PIE_PALETTE.length]);
        }
    }

    /** White text on the dark colour, dark text on the others. */
    static Paint labelOn(Color background) {
        return background == NAVY ? Color.WHITE : INK;
    }
}
