package vn.gopy.drafts.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.TextBlockData;

/** The text comes in through the real recogniser, pasted or as a Word file, and is corrected before saving. */
@IntegrationTest
class RecognitionViewTest extends EditorTestSupport {

    private long openTextTabOfNewDraft() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-40", null, null));
        openEditor(id);
        selectTab("Văn bản");
        return id;
    }

    private void paste(String text) {
        test(textArea("Toàn văn dự thảo")).setValue(text);
        click("Nhận dạng cấu trúc");
    }

    private String summary() {
        return $(Paragraph.class).withClassName("structure-summary").single().getText();
    }

    @Test
    void aMissedArticleIsFoundThroughItsWarningAndSplitOffBeforeSaving() {
        long id = openTextTabOfNewDraft();
        paste("Xin chào");
        assertThat(textArea("Toàn văn dự thảo").getErrorMessage()).startsWith("Không nhận ra điều nào trong văn bản.");

        paste(String.join("\n", "LUẬT", "GÓP Ý DỰ THẢO", "Chương I", "QUY ĐỊNH CHUNG",
                "Điều 1. Phạm vi điều chỉnh", "Luật này quy định việc góp ý dự thảo.",
                "Điều 2. Đối tượng áp dụng", "Cơ quan, tổ chức, cá nhân.",
                "Điều 3 Quyền góp ý", "Công dân có quyền góp ý."));
        assertThat(summary()).isEqualTo("1 chương, 0 mục, 2 điều, 1 đoạn văn.");

        Button warning = $(Button.class).withClassName("jump-to-block").single();
        assertThat(warning.getText()).startsWith("Dòng “Điều 3 Quyền góp ý” trông như tiêu đề");
        test(warning).click();
        BlockEditPanel panel = $(BlockEditPanel.class).single();
        assertThat($(TextField.class, panel).withCaption("Số").single().getValue()).isEqualTo("2");
        test($(Select.class, panel).withCaption("Tách từ dòng").single()).selectItem("Dòng 2: Điều 3 Quyền góp ý");
        test($(Button.class, panel).withText("Tách").single()).click();
        click("Lưu văn bản");

        List<TextBlockData> saved = drafts.forEditing(id).text();
        assertThat(saved).filteredOn(TextBlockData::isArticle).extracting(TextBlockData::label, TextBlockData::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Phạm vi điều chỉnh"),
                        org.assertj.core.groups.Tuple.tuple("2", "Đối tượng áp dụng"),
                        org.assertj.core.groups.Tuple.tuple("3", "Quyền góp ý"));
        assertThat(saved.getLast().body()).isEqualTo("Công dân có quyền góp ý.");
    }

    @Test
    void aWordDocumentIsRecognisedAndAFileThatIsNotOneIsRefused() throws IOException {
        long id = openTextTabOfNewDraft();
        Upload upload = $(Upload.class, $(TextSourcePanel.class).single()).single();

        test(upload).upload("du-thao.docx", TextSourcePanel.DOCX_TYPE, "không phải Word".getBytes(StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).withClassName("upload-error").single().getText())
                .isEqualTo("Tệp du-thao.docx không phải tài liệu Word (.docx).");

        test(upload).upload("du-thao.docx", TextSourcePanel.DOCX_TYPE, word("Điều 1. Phạm vi điều chỉnh",
                "Nghị định này quy định về phí.", "Điều 2. Mức phí", "Mức phí là 50.000 đồng."));
        assertThat(summary()).isEqualTo("0 chương, 0 mục, 2 điều, 0 đoạn văn.");
        click("Lưu văn bản");
        assertThat(drafts.forEditing(id).text()).extracting(TextBlockData::label).containsExactly("1", "2");
    }

    @Test
    void theLandLawOf260ArticlesIsRecognisedEditedAndSavedWhole() throws IOException {
        long id = openTextTabOfNewDraft();
        paste(resource("/demo/legal-texts/vi-luat-dat-dai-2024.txt"));
        assertThat(summary()).startsWith("16 chương").contains("260 điều");
        Grid<?> grid = $(Grid.class).withClassName("structure-grid").single();
        int blocks = test(grid).size();
        assertThat(blocks).isGreaterThan(276);

        test(grid).select(150);
        BlockEditPanel panel = $(BlockEditPanel.class).single();
        test($(TextArea.class, panel).withCaption("Nội dung").single()).setValue("Nội dung đã sửa.");
        long started = System.nanoTime();
        click("Lưu văn bản");
        long savingMillis = (System.nanoTime() - started) / 1_000_000;

        List<TextBlockData> saved = drafts.forEditing(id).text();
        assertThat(saved).hasSize(blocks);
        assertThat(saved.get(150).body()).isEqualTo("Nội dung đã sửa.");
        assertThat(saved).filteredOn(TextBlockData::isArticle).hasSize(260);
        assertThat(savingMillis).as("saving 260 articles, in ms").isLessThan(10_000);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RecognitionViewTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] word(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
