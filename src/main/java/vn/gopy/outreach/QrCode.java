package vn.gopy.outreach;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.jsoup.nodes.Entities;

/**
 * A QR code for an address, as SVG (sharp at any print size: posters) or PNG (for download and mail).
 * Error correction "M" survives a crease or a smudge on a printed poster and keeps the code small.
 */
public final class QrCode {

    /** The standard's quiet zone, in modules: scanners need it to find the code. */
    private static final int MARGIN = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrCode of(String address) {
        try {
            Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, MARGIN, EncodeHintType.CHARACTER_SET, "UTF-8");
            return new QrCode(new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + address.length() + " characters", e);
        }
    }

    /** Width and height in modules, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** A square SVG, one path for all dark modules, scaled by the page (viewBox in modules). */
    public String svg(String title) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                int run = 0;
                while (x + run < modules.getWidth() && modules.get(x + run, y)) {
                    run++;
                }
                if (run > 0) {
                    // One rectangle per run of dark modules in a row: a third of the size of one per module.
                    path.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-")
                            .append(run).append('z');
                    x += run;
                }
            }
        }
        int size = size();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + Entities.escape(title) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** A PNG of about {@code pixels} wide: whole pixels per module, so that no module blurs. */
    public byte[] png(int pixels) {
        int scale = Math.max(1, pixels / size());
        BufferedImage image = new BufferedImage(size() * scale, size() * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
