package vn.gopy.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gopy.drafts.internal.WordDocuments.bytes;
import static vn.gopy.drafts.internal.WordDocuments.numbered;
import static vn.gopy.drafts.internal.WordDocuments.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.ZipLimits;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextRecognition;

class DocxTextTest {

    @Test
    void headingsWrittenAsPlainParagraphsAreReadLineByLineAndRecognised() {
        XWPFDocument document = new XWPFDocument();
        for (String line : new String[] {"LUẬT", "THỬ NGHIỆM", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Luật này quy định về thử nghiệm.",
                "Điều 2. Đối tượng áp dụng", "1. Cơ quan nhà nước.", "2. Tổ chức, cá nhân."}) {
            paragraph(document, line);
        }
        byte[] docx = bytes(document);

        assertThat(DocxText.extract(docx)).isEqualTo("LUẬT\nTHỬ NGHIỆM\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
                + "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thử nghiệm.\n"
                + "Điều 2. Đối tượng áp dụng\n1. Cơ quan nhà nước.\n2. Tổ chức, cá nhân.");
        RecognisedText result = new TextRecognition().fromDocx("thu-nghiem.docx", docx);
        assertThat(result.blocks()).extracting(TextBlockData::kind, TextBlockData::label, TextBlockData::title).containsExactly(
                tuple(BlockKind.TEXT, "", ""), tuple(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG"),
                tuple(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh"), tuple(BlockKind.ARTICLE, "2", "Đối tượng áp dụng"));
        assertThat(result.blocks().getLast().body()).isEqualTo("1. Cơ quan nhà nước.\n2. Tổ chức, cá nhân.");
    }

    @Test
    void tablesGiveOneLinePerCellParagraphInDocumentOrder() {
        XWPFDocument document = new XWPFDocument();
        XWPFTable letterhead = document.createTable(1, 2);
        letterhead.getRow(0).getCell(0).setText("QUỐC HỘI");
        letterhead.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        letterhead.getRow(0).getCell(1).addParagraph().createRun().setText("Độc lập - Tự do - Hạnh phúc");
        paragraph(document, "Điều 1. Mức phí");
        paragraph(document, "Mức phí như sau:");
        XWPFTable fees = document.createTable(2, 2);
        fees.getRow(0).getCell(0).setText("STT");
        fees.getRow(0).getCell(1).setText("LOẠI PHÍ");
        fees.getRow(1).getCell(0).setText("1");
        fees.getRow(1).getCell(1).setText("Phí thẩm định");
        paragraph(document, "Điều 2. Hiệu lực");
        paragraph(document, "Luật này có hiệu lực từ ngày ký.");

        String text = DocxText.extract(bytes(document));

        assertThat(text).isEqualTo("QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Điều 1. Mức phí\nMức phí như sau:\nSTT\nLOẠI PHÍ\n1\nPhí thẩm định\n"
                + "Điều 2. Hiệu lực\nLuật này có hiệu lực từ ngày ký.");
        assertThat(new HeadingRecogniser().recognise(text).blocks().get(1).body())
                .isEqualTo("Mức phí như sau:\nSTT\nLOẠI PHÍ\n1\nPhí thẩm định");
    }

    @Test
    void articlesClausesAndPointsNumberedByWordListsGetTheirNumbersBack() {
        XWPFDocument document = new XWPFDocument();
        BigInteger chapters = WordDocuments.chapterList(document);
        BigInteger law = WordDocuments.lawList(document, "Điều %1.");
        numbered(document, chapters, 0, "");
        paragraph(document, "QUY ĐỊNH CHUNG");
        numbered(document, law, 0, "Phạm vi điều chỉnh");
        paragraph(document, "Luật này quy định về thử nghiệm.");
        numbered(document, law, 0, "Đối tượng áp dụng");
        numbered(document, law, 1, "Cơ quan nhà nước;");
        numbered(document, law, 1, "Người thử nghiệm, gồm:");
        numbered(document, law, 2, "Cá nhân;");
        numbered(document, law, 2, "Tổ chức.");
        numbered(document, chapters, 0, "");
        paragraph(document, "THỰC HIỆN");
        numbered(document, law, 0, "Kế hoạch");
        numbered(document, law, 1, "Bộ trưởng phê duyệt kế hoạch.");

        String text = DocxText.extract(bytes(document));

        assertThat(text.lines()).containsExactly("Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
                "Luật này quy định về thử nghiệm.", "Điều 2. Đối tượng áp dụng", "1. Cơ quan nhà nước;",
                "2. Người thử nghiệm, gồm:", "a) Cá nhân;", "b) Tổ chức.", "Chương II", "THỰC HIỆN", "Điều 3. Kế hoạch",
                "1. Bộ trưởng phê duyệt kế hoạch.");
        RecognisedText result = new HeadingRecogniser().recognise(text);
        assertThat(result.articleCount()).isEqualTo(3);
        assertThat(result.chapterCount()).isEqualTo(2);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void articlesNumberedThroughTheirParagraphStyleGetTheirNumbersBack() {
        XWPFDocument document = new XWPFDocument();
        BigInteger law = WordDocuments.lawList(document, "Article %1.");
        WordDocuments.numberedStyle(document, "ArticleHeading", law);
        paragraph(document, "Scope").setStyle("ArticleHeading");
        paragraph(document, "This Law provides for public consultation.");
        paragraph(document, "Effect").setStyle("ArticleHeading");
        paragraph(document, "This Law takes effect on 1 July 2027.");

        assertThat(DocxText.extract(bytes(document)).lines()).containsExactly("Article 1. Scope",
                "This Law provides for public consultation.", "Article 2. Effect", "This Law takes effect on 1 July 2027.");
    }

    @Test
    void aListContinuesAcrossItsInstancesUnlessWordRestartsIt() {
        XWPFDocument document = new XWPFDocument();
        BigInteger first = WordDocuments.lawList(document, "Điều %1.");
        BigInteger list = document.getNumbering().getNum(first).getCTNum().getAbstractNumId().getVal();
        BigInteger continued = document.getNumbering().addNum(list);
        BigInteger restarted = document.getNumbering().addNum(list);
        CTNumLvl restart = document.getNumbering().getNum(restarted).getCTNum().addNewLvlOverride();
        restart.setIlvl(BigInteger.ZERO);
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        numbered(document, first, 0, "A");
        numbered(document, continued, 0, "B");
        numbered(document, restarted, 0, "C");

        assertThat(DocxText.extract(bytes(document)).lines()).containsExactly("Điều 1. A", "Điều 2. B", "Điều 1. C");
    }

    @Test
    void damagedOrForeignFilesAreRefusedWithAMessageForTheDrafter() {
        byte[] docx = bytes(documentWithOneArticle());
        byte[][] unreadable = {new byte[0], "Điều 1. Không phải Word".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(docx, docx.length / 2), zip("notes.txt", "Điều 1. Phạm vi".getBytes(StandardCharsets.UTF_8))};

        for (byte[] content : unreadable) {
            assertThatThrownBy(() -> DocxText.extract(content)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("source");
                        assertThat(p.messageKey()).isEqualTo("drafts.error.docx-unreadable");
                    }));
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpackedInMemory() {
        byte[] bomb = zipOfZeros("word/document.xml", ZipLimits.MAX_UNPACKED_BYTES + 1);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> DocxText.extract(bomb)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("drafts.error.docx-too-large"));
    }

    private static XWPFDocument documentWithOneArticle() {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, "Điều 1. Phạm vi điều chỉnh");
        paragraph(document, "Luật này quy định về thử nghiệm.");
        return document;
    }

    private static byte[] zipOfZeros(String entryName, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] megabyte = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            for (long written = 0; written < size; written += megabyte.length) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
