package vn.gopy.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The codes scan back to the address they were made for; a phone's camera does the same. */
class QrCodeTest {

    /** Reads a QR code from a picture, as a scanner would. */
    public static String scan(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void thePngScansBackToTheAddress() throws Exception {
        String address = "https://gopy.gov.vn/drafts/12345?kenh=bao-tuoi-tre";
        byte[] png = QrCode.of(address).png(300);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(200, 300);
        assertThat(scan(image)).isEqualTo(address);
    }

    @Test
    void theSvgIsOneSquareWithAnEscapedTitle() {
        String svg = QrCode.of("https://gopy.gov.vn/drafts/1").svg("Luật <Đất đai> & \"nhà\"");

        int size = QrCode.of("https://gopy.gov.vn/drafts/1").size();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size)
                .contains("<title>Luật &lt;Đất đai&gt; &amp; &quot;nhà&quot;</title>").doesNotContain("<Đất");
        assertThat(svg).contains("<path fill=\"#000\" d=\"M");
    }

    @Test
    void theSvgDrawnScansBackToTheAddress() throws Exception {
        String address = "https://gopy.gov.vn/c/so-tu-phap";
        QrCode code = QrCode.of(address);
        BufferedImage image = new BufferedImage(code.size() * 8, code.size() * 8, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(java.awt.Color.BLACK);
        // Draws the SVG's rectangles ("Mx yhNv1h-Nz") as a browser would.
        var rectangle = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(code.svg("x"));
        while (rectangle.find()) {
            graphics.fillRect(Integer.parseInt(rectangle.group(1)) * 8, Integer.parseInt(rectangle.group(2)) * 8,
                    Integer.parseInt(rectangle.group(3)) * 8, 8);
        }
        assertThat(scan(image)).isEqualTo(address);
    }

    @Test
    void aBlankPictureHasNoCode() {
        BufferedImage blank = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> scan(blank)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAddressTooLongForAnyCodeIsRefused() {
        assertThatThrownBy(() -> QrCode.of("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }
}
