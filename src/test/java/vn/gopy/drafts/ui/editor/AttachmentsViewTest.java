package vn.gopy.drafts.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.AttachmentInfo;
import vn.gopy.drafts.AttachmentKind;

@IntegrationTest
class AttachmentsViewTest extends EditorTestSupport {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private long draftWithAttachmentsOpen() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-30", null, null));
        openEditor(id);
        selectTab("Tài liệu kèm theo");
        return id;
    }

    private Paragraph uploadError() {
        return $(Paragraph.class).withClassName("upload-error").single();
    }

    @Test
    void aTextFileNamedLikeAPdfIsRefusedWithTheReason() {
        long id = draftWithAttachmentsOpen();
        test($(Select.class).withCaption("Loại tài liệu").single()).selectItem("Tờ trình");

        test($(Upload.class).single()).upload("to-trinh.pdf", "application/pdf",
                "Tờ trình dự thảo Luật".getBytes(StandardCharsets.UTF_8));

        assertThat(uploadError().isVisible()).isTrue();
        assertThat(uploadError().getText())
                .isEqualTo("Tệp to-trinh.pdf không phải PDF hay Word (.docx). Chỉ nhận hai định dạng này.");
        assertThat(drafts.forEditing(id).attachments()).isEmpty();
    }

    @Test
    void aPdfNamedLikeAWordDocumentIsRefusedAsMisnamed() {
        draftWithAttachmentsOpen();
        test($(Select.class).withCaption("Loại tài liệu").single()).selectItem("Tờ trình");

        test($(Upload.class).single()).upload("bao-cao.docx", "application/octet-stream", PDF);

        assertThat(uploadError().getText()).contains("thực chất là tệp PDF");
    }

    @Test
    void aDocumentNeedsItsKindThenIsListedAndCanBeRemovedAfterConfirmation() {
        long id = draftWithAttachmentsOpen();

        test($(Upload.class).single()).upload("danh-gia.pdf", "application/pdf", PDF);
        assertThat($(Select.class).withCaption("Loại tài liệu").single().isInvalid()).isTrue();
        assertThat(drafts.forEditing(id).attachments()).isEmpty();

        test($(Select.class).withCaption("Loại tài liệu").single()).selectItem("Báo cáo đánh giá tác động");
        test($(Upload.class).single()).upload("danh-gia.pdf", "application/pdf", PDF);

        assertThat(drafts.forEditing(id).attachments()).extracting(AttachmentInfo::kind)
                .containsExactly(AttachmentKind.IMPACT_ASSESSMENT);
        assertThat($(Span.class).withClassName("attachment-name").single().getText()).isEqualTo("danh-gia.pdf");

        test($(Button.class).withText("Gỡ").single()).click();
        confirm();
        assertThat(drafts.forEditing(id).attachments()).isEmpty();
        assertThat($(Paragraph.class).withClassName("empty-state").exists()).isTrue();
    }
}
