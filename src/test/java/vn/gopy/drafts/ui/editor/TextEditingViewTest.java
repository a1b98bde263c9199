package vn.gopy.drafts.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextWarning;
import vn.gopy.drafts.VersionInfo;

@IntegrationTest
class TextEditingViewTest extends EditorTestSupport {

    private static final List<TextBlockData> AS_RECOGNISED = List.of(
            new TextBlockData(BlockKind.TEXT, "", "", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"),
            new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh",
                    "Luật này quy định về góp ý dự thảo.\nĐiều 2. Đối tượng áp dụng\nCơ quan, tổ chức, cá nhân."),
            new TextBlockData(BlockKind.TEXT, "", "", "Quyền góp ý\nCông dân có quyền góp ý dự thảo."),
            new TextBlockData(BlockKind.ARTICLE, "4", "của Luật này", "được thực hiện trực tuyến."));

    private BlockEditPanel panel() {
        return $(BlockEditPanel.class).single();
    }

    private void selectBlock(int index) {
        test($(Grid.class).withClassName("structure-grid").single()).select(index);
    }

    private <T extends com.vaadin.flow.component.Component> T inPanel(Class<T> type, String label) {
        return $(type, panel()).withCaption(label).single();
    }

    @Test
    void theDrafterCorrectsTheRecognisedStructureAndSavesIt() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-20", null, null));
        drafts.saveText(id, AS_RECOGNISED);
        openEditor(id);
        selectTab("Văn bản");

        selectBlock(2);
        test(inPanel(Select.class, "Loại")).selectItem("Điều");
        test(inPanel(TextField.class, "Số")).setValue("3");
        test(inPanel(TextField.class, "Tiêu đề")).setValue("Quyền góp ý");
        test(inPanel(TextArea.class, "Nội dung")).setValue("Công dân có quyền góp ý dự thảo.");

        selectBlock(3);
        test($(Button.class, panel()).withText("Gộp vào phần trước").single()).click();

        selectBlock(1);
        test(inPanel(Select.class, "Tách từ dòng")).selectItem("Dòng 2: Điều 2. Đối tượng áp dụng");
        test($(Button.class, panel()).withText("Tách").single()).click();
        assertThat($(Paragraph.class).withClassName("structure-summary").single().getText())
                .isEqualTo("0 chương, 0 mục, 3 điều, 1 đoạn văn.");

        click("Lưu văn bản");

        assertThat(drafts.forEditing(id).text()).containsExactly(
                AS_RECOGNISED.getFirst(),
                new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về góp ý dự thảo."),
                new TextBlockData(BlockKind.ARTICLE, "2", "Đối tượng áp dụng", "Cơ quan, tổ chức, cá nhân."),
                new TextBlockData(BlockKind.ARTICLE, "3", "Quyền góp ý",
                        "Công dân có quyền góp ý dự thảo.\nĐiều 4. của Luật này\nđược thực hiện trực tuyến."));
    }

    @Test
    void aDuplicateArticleNumberIsExplainedAndLeadsToTheBlock() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-21", null, null));
        drafts.saveText(id, AS_RECOGNISED);
        openEditor(id);
        selectTab("Văn bản");

        selectBlock(3);
        test(inPanel(TextField.class, "Số")).setValue("1");
        click("Lưu văn bản");

        Button problem = $(Button.class).withClassName("jump-to-block").single();
        assertThat(problem.getText()).isEqualTo("Có hai điều cùng số 1; mỗi điều phải có số riêng.");
        selectBlock(0);
        test(problem).click();
        assertThat(inPanel(TextField.class, "Số").getValue()).isEqualTo("1");
        assertThat(inPanel(TextField.class, "Tiêu đề").getValue()).isEqualTo("của Luật này");
        assertThat(drafts.forEditing(id).text()).isEqualTo(AS_RECOGNISED);
    }

    @Test
    void aWarningOfTheRecognitionTakesTheDrafterToItsBlockEvenAfterEarlierBlocksAreDeleted() {
        signInAsDrafterOf(justice);
        StructureEditor editor = new StructureEditor("vi");
        UI.getCurrent().add(editor);
        editor.show(new RecognisedText(AS_RECOGNISED, List.of(TextWarning.of(3, "drafts.error.duplicate-article", "4")))
                .blocks(), List.of(TextWarning.of(3, "drafts.error.duplicate-article", "4")), true, true);
        assertThat(editor.hasChanges()).isTrue();

        selectBlock(0);
        test($(Button.class, panel()).withText("Xóa phần này").single()).click();
        confirm();
        test($(Button.class).withClassName("jump-to-block").single()).click();

        assertThat(inPanel(TextField.class, "Tiêu đề").getValue()).isEqualTo("của Luật này");
        assertThat(editor.value()).hasSize(3);
    }

    @Test
    void aPublishedTextIsReadOnlyUntilARevisionIsStartedAndPublishedAsVersionTwo() {
        long id = fixtures.openDraft(justice, "DT-22", 45);
        signInAsDrafterOf(justice);
        openEditor(id);
        selectTab("Văn bản");
        assertThat($(Button.class).withText("Lưu văn bản").exists()).isFalse();
        selectBlock(1);
        assertThat(inPanel(TextField.class, "Tiêu đề").isReadOnly()).isTrue();

        click("Tạo bản sửa đổi");
        selectBlock(1);
        test(inPanel(TextField.class, "Tiêu đề")).setValue("Phạm vi điều chỉnh và mục tiêu");
        click("Công bố bản sửa đổi");
        TextArea note = textArea("Những điểm thay đổi");
        assertThat(note.isInvalid()).isTrue();
        assertThat(drafts.forEditing(id).revisionInProgress()).isTrue();

        test(note).setValue("Bổ sung mục tiêu vào Điều 1.");
        click("Công bố bản sửa đổi");

        DraftEditorData revised = drafts.forEditing(id);
        assertThat(revised.versions()).extracting(VersionInfo::number).containsExactly(1, 2);
        assertThat(revised.versions()).allMatch(VersionInfo::isPublished);
        assertThat(revised.versions().get(1).changeNote()).isEqualTo("Bổ sung mục tiêu vào Điều 1.");
        assertThat(revised.text().get(1).title()).isEqualTo("Phạm vi điều chỉnh và mục tiêu");
        assertThat($(Button.class).withText("Tạo bản sửa đổi").exists()).isTrue();
    }

    @Test
    void aDiscardedRevisionLeavesTheCurrentVersionAlone() {
        long id = fixtures.openDraft(justice, "DT-23", 45);
        signInAsDrafterOf(justice);
        openEditor(id);
        selectTab("Văn bản");
        click("Tạo bản sửa đổi");
        assertThat(drafts.forEditing(id).workingVersion()).isEqualTo(2);

        click("Hủy bản sửa đổi");
        confirm();

        DraftEditorData after = drafts.forEditing(id);
        assertThat(after.revisionInProgress()).isFalse();
        assertThat(after.versions()).extracting(VersionInfo::number).containsExactly(1);
    }
}
