package vn.gopy.feedback.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The reception report as an A4 Word document with the same content as the PDF, for the agency to edit
 * before it publishes the report (the edited file comes back through {@link EditedReport}).
 */
public class DocxReportWriter {

    public void write(ReceptionReport report, OutputStream out) {
        ReportContent content = new ReportContent(report);
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document, content.texts().locale());
            pageSetup(document);
            pageNumbers(document, content.text("page"));
            document.getProperties().getCoreProperties().setTitle(content.title() + " – " + content.draftTitle());
            document.getProperties().getCoreProperties().setCreator(report.agencyName());
            body(document, content);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reception report", e);
        }
    }

    private static void body(XWPFDocument document, ReportContent content) {
        paragraph(document, DocxStyles.TITLE, content.title());
        paragraph(document, DocxStyles.SUBTITLE, content.draftTitle());
        content.titleLines().forEach(line -> paragraph(document, null, line).setAlignment(ParagraphAlignment.CENTER));

        paragraph(document, DocxStyles.HEADING_1, content.text("section.consultation"));
        content.consultation().forEach(line -> paragraph(document, null, line));
        if (content.nothingReceived()) {
            paragraph(document, null, content.text("no-comments"));
            return;
        }
        DocxTables tables = new DocxTables(document);
        content.countTables().forEach(table -> tables.counts(table, content.text("count.column"), content));

        paragraph(document, DocxStyles.HEADING_1, content.text("section.articles"));
        if (content.articles().isEmpty()) {
            paragraph(document, null, content.text("no-article-comments"));
        }
        for (ReportContent.Section article : content.articles()) {
            paragraph(document, DocxStyles.HEADING_2, article.heading());
            tables.entries(content.columns(), article.rows());
        }
        paragraph(document, DocxStyles.HEADING_1, content.text("section.general"));
        if (content.general().isEmpty()) {
            paragraph(document, null, content.text("no-general-comments"));
        } else {
            tables.entries(content.columns(), content.general());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /** A4 with the margins of Vietnamese administrative documents: 3 cm left for binding, 2 cm elsewhere. */
    private static void pageSetup(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** "Trang 3/12" as Word fields, which Word fills in whatever the agency adds or removes. */
    private static void pageNumbers(XWPFDocument document, String word) {
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.createRun().setText(word + " ");
        field(footer, "PAGE");
        footer.createRun().setText("/");
        field(footer, "NUMPAGES");
    }

    /** A complex field (begin, instruction, separator, shown value, end): runs only, so they stay in order. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        CTR end = paragraph.createRun().getCTR();
        end.addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
