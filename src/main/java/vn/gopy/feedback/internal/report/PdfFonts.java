package vn.gopy.feedback.internal.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The report's fonts: DejaVu Serif, shipped in {@code fonts/} because it covers all of Vietnamese, embedded
 * (as a subset) so that the PDF reads the same on any machine, whatever fonts it has. Identity-H encoding
 * writes a Unicode map too, so the text can be searched and copied. The files are read from the classpath once;
 * each document parses its own {@link BaseFont} (a few milliseconds), so reports written at the same time share
 * no font state.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSerif-Bold.ttf");
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    final BaseFont regular = font("DejaVuSerif.ttf", REGULAR);
    final BaseFont bold = font("DejaVuSerif-Bold.ttf", BOLD);

    final Font title = new Font(bold, 13);
    final Font subtitle = new Font(bold, 12);
    final Font heading = new Font(bold, 12.5f);
    final Font articleHeading = new Font(bold, 11);
    final Font body = new Font(regular, 11);
    final Font cellHeader = new Font(bold, 9);
    final Font cell = new Font(regular, 9);
    final Font note = new Font(regular, 8, Font.NORMAL, GREY);

    private static BaseFont font(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + path, e);
        }
    }
}
