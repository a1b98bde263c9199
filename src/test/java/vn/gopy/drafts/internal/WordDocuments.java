package vn.gopy.drafts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real Word documents for the tests with POI, the way Word writes them. */
final class WordDocuments {

    private WordDocuments() {
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph p = document.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    /**
     * A multilevel list as drafters set it up for laws: level 0 "Điều %1." (decimal), level 1 "%2." (clauses),
     * level 2 "%3)" (points, lower-case letters). Returns the list instance's numId.
     */
    static BigInteger lawList(XWPFDocument document, String articleText) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(7));
        level(list, 0, articleText, STNumberFormat.DECIMAL);
        level(list, 1, "%2.", STNumberFormat.DECIMAL);
        level(list, 2, "%3)", STNumberFormat.LOWER_LETTER);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger listId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        return numbering.addNum(listId);
    }

    static BigInteger chapterList(XWPFDocument document) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(8));
        level(list, 0, "Chương %1", STNumberFormat.UPPER_ROMAN);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger listId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        return numbering.addNum(listId);
    }

    private static void level(CTAbstractNum list, int level, String text, STNumberFormat.Enum format) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    static XWPFParagraph numbered(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph p = paragraph(document, text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    /** A paragraph style that carries the list numbering, as Word's "Heading"-like styles for articles do. */
    static void numberedStyle(XWPFDocument document, String styleId, BigInteger numId) {
        XWPFStyles styles = document.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(styleId);
        CTNumPr numPr = style.addNewPPr().addNewNumPr();
        numPr.addNewNumId().setVal(numId);
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
