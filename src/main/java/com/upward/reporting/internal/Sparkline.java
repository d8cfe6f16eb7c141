package com.upward.reporting.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A tiny flat line of a figure over the period, drawn with Java2D: one dark line on white, no axes, shadows or fill,
 * a dot on the last point, so it reads in black and white. Drawn at {@value #SCALE}× the size it is printed at to
 * stay sharp. Fewer than two points draw nothing (null).
 */
final class Sparkline {

    static final int SCALE = 4;
    private static final Color LINE = new Color(0x1F, 0x29, 0x33);
    private static final Color BASE = new Color(0xCB, 0xD2, 0xD9);

    private Sparkline() {
    }

    /** {@code width} × {@code height} in PDF points. */
    static BufferedImage draw(List<Double> values, int width, int height) {
        if (values.size() < 2) {
            return null;
        }
        int w = width * SCALE;
        int h = height * SCALE;
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double span = max - min < 1e-9 ? 1 : max - min;
            double pad = 3.0 * SCALE;
            double dx = (w - 2 * pad) / (values.size() - 1);
            g.setColor(BASE);
            g.setStroke(new BasicStroke(SCALE * 0.5f));
            g.drawLine((int) pad, h - (int) pad, w - (int) pad, h - (int) pad);
            Path2D.Double line = new Path2D.Double();
            double x = pad;
            double y = 0;
            for (int i = 0; i < values.size(); i++) {
                x = pad + i * dx;
                // a flat series sits in the middle
                y = max - min < 1e-9 ? h / 2.0 : pad + (max - values.get(i)) / span * (h - 2 * pad);
                if (i == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g.setColor(LINE);
            g.setStroke(new BasicStroke(SCALE * 1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            double r = SCALE * 1.8;
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        } finally {
            g.dispose();
        }
        return image;
    }
}
