package vn.gopy.outreach.feeds;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the 1200×630 picture that social networks and chat apps show beside a shared link: the portal's
 * name, the draft's title (wrapped, at most four lines), the drafting agency and where the consultation
 * stands. DejaVu Sans is embedded because it draws every Vietnamese letter with its marks; the fonts of the
 * machine may not.
 */
final class PreviewPicture {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 72;
    private static final Color BAND = new Color(0x0B3D91);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color MUTED = new Color(0x4A4A4A);
    private static final Color ACCENT = new Color(0xB3261E);
    private static final Font REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    /** What the picture says; {@code status} may be empty (the portal's own picture has none). */
    record Text(String site, String title, String agency, String status) {
    }

    private PreviewPicture() {
    }

    static byte[] png(Text text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BAND);
            g.fillRect(0, 0, WIDTH, 110);
            g.setColor(Color.WHITE);
            g.setFont(BOLD.deriveFont(34f));
            for (String line : wrap(nfc(text.site()), g.getFontMetrics(), WIDTH - 2 * MARGIN, 1)) {
                g.drawString(line, MARGIN, 68);
            }

            g.setColor(INK);
            g.setFont(BOLD.deriveFont(50f));
            int y = 190;
            for (String line : wrap(nfc(text.title()), g.getFontMetrics(), WIDTH - 2 * MARGIN, 4)) {
                g.drawString(line, MARGIN, y);
                y += 64;
            }
            g.setColor(MUTED);
            g.setFont(REGULAR.deriveFont(32f));
            List<String> agency = wrap(nfc(text.agency()), g.getFontMetrics(), WIDTH - 2 * MARGIN, 1);
            if (!agency.isEmpty()) {
                g.drawString(agency.getFirst(), MARGIN, HEIGHT - 120);
            }
            if (!text.status().isBlank()) {
                g.setColor(ACCENT);
                g.setFont(BOLD.deriveFont(32f));
                g.drawString(nfc(text.status()), MARGIN, HEIGHT - 62);
            }
            g.setColor(BAND);
            g.fillRect(0, HEIGHT - 16, WIDTH, 16);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Words onto at most {@code maxLines} lines; a cut text ends with "…", a word too long for a line is cut. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length && !words[i].isEmpty(); i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (lines.size() == maxLines) {
                return ellipsis(lines, metrics, width);
            }
            line.append(fit(words[i], metrics, width));
        }
        if (!line.isEmpty()) {
            if (lines.size() == maxLines) {
                return ellipsis(lines, metrics, width);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> ellipsis(List<String> lines, FontMetrics metrics, int width) {
        String last = lines.getLast();
        while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        lines.set(lines.size() - 1, last + "…");
        return lines;
    }

    private static String fit(String word, FontMetrics metrics, int width) {
        String cut = word;
        while (cut.length() > 1 && metrics.stringWidth(cut) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut;
    }

    /** Composed letters ("ệ" as one code point) draw with the font's own glyph, not stacked marks. */
    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Font font(String resource) {
        try (InputStream in = PreviewPicture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }
}
