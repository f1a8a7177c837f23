package org.pragma.web.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a {@link ConsortDiagram} as a PNG at twice its size (sharp when printed or zoomed), as the SVG draws it. */
final class ConsortPng {
  private static final int SCALE = 2;
  private static final Color INK = new Color(0x34, 0x40, 0x54);
  private static final Color TEXT = new Color(0x1d, 0x29, 0x39);
  private static final Color BAND = new Color(0xe8, 0xee, 0xf7);
  private static final Color BAND_TEXT = new Color(0x1f, 0x3a, 0x5f);

  static byte[] of(ConsortDiagram d) {
    BufferedImage image = new BufferedImage(d.width() * SCALE, d.height() * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, d.width(), d.height());
      Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, ConsortDiagram.FONT);
      Font bold = plain.deriveFont(Font.BOLD);
      for (ConsortDiagram.Stage s : d.stages()) {
        g.setColor(BAND);
        g.fillRoundRect(4, s.y(), 96, s.h(), 12, 12);
        g.setColor(BAND_TEXT);
        g.setFont(bold);
        int w = g.getFontMetrics().stringWidth(s.name());
        g.drawString(s.name(), 52 - w / 2, s.y() + s.h() / 2 + 5);
      }
      g.setStroke(new BasicStroke(1.4f));
      for (ConsortDiagram.Arrow a : d.arrows()) {
        g.setColor(INK);
        g.drawLine(a.x1(), a.y1(), a.x2(), a.y2());
        if (a.head()) {
          head(g, a);
        }
      }
      for (ConsortDiagram.Box b : d.boxes()) {
        g.setColor(Color.WHITE);
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        for (int i = 0; i < b.lines().size(); i++) {
          g.setFont(i < b.titleLines() ? bold : plain);
          g.setColor(TEXT);
          g.drawString(b.lines().get(i).text(), b.x() + ConsortDiagram.PAD, b.y() + ConsortDiagram.PAD + (i + 1) * ConsortDiagram.LINE - 5);
        }
      }
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void head(Graphics2D g, ConsortDiagram.Arrow a) {
    double angle = Math.atan2(a.y2() - a.y1(), a.x2() - a.x1());
    Polygon p = new Polygon();
    p.addPoint(a.x2(), a.y2());
    p.addPoint((int) Math.round(a.x2() - 8 * Math.cos(angle - 0.45)), (int) Math.round(a.y2() - 8 * Math.sin(angle - 0.45)));
    p.addPoint((int) Math.round(a.x2() - 8 * Math.cos(angle + 0.45)), (int) Math.round(a.y2() - 8 * Math.sin(angle + 0.45)));
    g.fillPolygon(p);
  }

  private ConsortPng() {}
}
