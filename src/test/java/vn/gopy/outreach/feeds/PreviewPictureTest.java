package vn.gopy.outreach.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The picture's drawing on its own: its size, its lines, and Vietnamese letters with every mark. */
class PreviewPictureTest {

    private static final String VIETNAMESE = "ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
            + "ĂÂĐÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ";

    @Test
    void theEmbeddedFontsDrawEveryVietnameseLetter() throws Exception {
        for (String file : List.of("/fonts/DejaVuSans.ttf", "/fonts/DejaVuSans-Bold.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, getClass().getResourceAsStream(file));
            assertThat(font.canDisplayUpTo(VIETNAMESE)).as(file).isEqualTo(-1);
        }
    }

    @Test
    void aLongTitleWrapsWithinTheMarginsAndEndsWithAnEllipsisAfterFourLines() {
        FontMetrics metrics = metrics();
        String title = "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Đất đai về bồi thường, "
                .repeat(4);

        List<String> lines = PreviewPicture.wrap(title, metrics, 1056, 4);

        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(1056));
        assertThat(lines.getLast()).endsWith("…");
        assertThat(String.join(" ", lines)).startsWith("Nghị định quy định chi tiết");
    }

    @Test
    void aShortTitleKeepsEveryWordOnOneLine() {
        assertThat(PreviewPicture.wrap("Luật Đất đai", metrics(), 1056, 4)).containsExactly("Luật Đất đai");
    }

    @Test
    void thePictureIsAPngOf1200By630() throws Exception {
        byte[] png = PreviewPicture.png(new PreviewPicture.Text("Gopy", "Luật Đất đai (sửa đổi)", "Bộ Tài nguyên và Môi trường",
                "Còn 12 ngày để góp ý"));

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
    }

    private static FontMetrics metrics() {
        try {
            Font bold = Font.createFont(Font.TRUETYPE_FONT, PreviewPictureTest.class
                    .getResourceAsStream("/fonts/DejaVuSans-Bold.ttf")).deriveFont(50f);
            return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(bold);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
