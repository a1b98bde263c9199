package vn.gopy.feedback.internal.report;

import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word document's styles, written out in full because a new POI document has none: a paragraph that names
 * a missing style is plain Normal text in Word. The headings carry Word's own names ("heading 1") and outline
 * levels, so Word lists them in its navigation pane and a table of contents picks them up; the agency edits
 * the report through these styles rather than by hand. Times New Roman is the font of Vietnamese
 * administrative documents (Nghị định 30/2020/NĐ-CP) and every Word installation has it.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADER = "TableHeader";
    static final String TABLE_NOTE = "TableNote";

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>
                  <w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="%s"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="80"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle">
                <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="160"/><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:b/><w:bCs/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
                <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeader">
                <w:name w:val="Table Header"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:pPr><w:keepNext/></w:pPr>
                <w:rPr><w:b/><w:bCs/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableNote">
                <w:name w:val="Table Note"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:rPr><w:color w:val="555555"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
              </w:style>
            </w:styles>
            """;

    private DocxStyles() {
    }

    static void install(XWPFDocument document, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en-GB" : "vi-VN";
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(STYLES.formatted(language)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("The report's Word styles do not parse", e);
        }
    }
}
