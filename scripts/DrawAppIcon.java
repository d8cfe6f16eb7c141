import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Draws the app's icon (the installed app, the manifest, the favicons Vaadin derives from it): the brand mark of
 * {@code base.ui.Brand} (Vaadin's "trending-up" glyph) in white on the sign-in page's gradient, a rounded square.
 * Run from the project folder: {@code java scripts/DrawAppIcon.java}; it writes
 * {@code src/main/resources/META-INF/resources/icons/icon.png} (512×512). Vaadin scales it to the other sizes.
 */
public class DrawAppIcon {

    static final int SIZE = 512;

    public static void main(String[] args) throws Exception {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // the sign-in page's story panel: linear-gradient(135deg, #312e81 0%, #4f46e5 55%, #0ea5e9 100%)
        g.setPaint(new LinearGradientPaint(new Point2D.Float(0, 0), new Point2D.Float(SIZE, SIZE),
                new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(0x312e81), new Color(0x4f46e5), new Color(0x0ea5e9)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        float radius = SIZE * 0.225f; // close to the corner iOS and Android cut, so theirs and ours agree
        g.fill(new RoundRectangle2D.Float(0, 0, SIZE, SIZE, radius * 2, radius * 2));
        // a faint light from the top, as the brand icon sits on an accent surface
        g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 36), 0, SIZE * 0.6f, new Color(255, 255, 255, 0)));
        g.fill(new RoundRectangle2D.Float(0, 0, SIZE, SIZE, radius * 2, radius * 2));

        // Vaadin Icons' trending-up glyph, in its font units (1024 wide, y upwards, 101.76..832 high)
        var glyph = new Path2D.Float();
        glyph.moveTo(1024, 832);
        glyph.lineTo(768, 832);
        glyph.lineTo(850.56, 749.44);
        glyph.lineTo(576, 474.24);
        glyph.lineTo(384, 666.24);
        glyph.lineTo(0, 282.24);
        glyph.lineTo(0, 101.76);
        glyph.lineTo(384, 485.76);
        glyph.lineTo(576, 293.76);
        glyph.lineTo(941.44, 658.56);
        glyph.lineTo(1023.36, 576);
        glyph.closePath();
        double width = SIZE * 0.6; // inside the 80% safe zone of a maskable icon
        double scale = width / 1024;
        double height = (832 - 101.76) * scale;
        var place = new AffineTransform();
        place.translate((SIZE - width) / 2, (SIZE + height) / 2 + 101.76 * scale);
        place.scale(scale, -scale);
        g.setColor(Color.WHITE);
        g.fill(place.createTransformedShape(glyph));
        g.dispose();

        var out = new File("src/main/resources/META-INF/resources/icons/icon.png");
        out.getParentFile().mkdirs();
        ImageIO.write(image, "png", out);
        System.out.println("Wrote " + out + " (" + out.length() + " bytes)");
    }
}
