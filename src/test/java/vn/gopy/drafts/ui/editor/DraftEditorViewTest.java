package vn.gopy.drafts.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ProcedureChange;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;
import vn.gopy.shell.TranslationProvider;

@IntegrationTest
class DraftEditorViewTest extends EditorTestSupport {

    private void fillDetails(String reference, String title, LocalDateTime opens, LocalDateTime closes) {
        test(textField("Số hiệu dự thảo")).setValue(reference);
        test(textField("Tên dự thảo")).setValue(title);
        test(textArea("Tóm tắt bằng ngôn ngữ dễ hiểu")).setValue("Dự thảo đơn giản hóa thủ tục cấp phép xây dựng.");
        test(picker("Bắt đầu lấy ý kiến")).setValue(opens);
        test(picker("Kết thúc lấy ý kiến")).setValue(closes);
    }

    @Test
    void aDrafterCreatesADraftWithDetailsAndImpactAndFindsItInMyDrafts() {
        signInAsDrafterOf(justice);
        navigate("staff/drafts/new", DraftEditorView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Dự thảo mới");
        fillDetails("DT-2026-01", "Luật Xây dựng (sửa đổi)", now().plusDays(2), now().plusDays(40));
        test(textField("Chủ đề")).setValue("xây dựng");
        click("Thêm");
        test(textField("Chủ đề")).setValue("giấy phép");
        click("Thêm");

        selectTab("Tác động");
        test($(MultiSelectComboBox.class).withCaption("Nhóm người dân chịu tác động").single()).selectItem("Nông dân");
        test($(MultiSelectComboBox.class).withCaption("Ngành kinh tế (VSIC)").single()).selectItem("F – Xây dựng");
        test($(CheckboxGroup.class).withCaption("Quy mô doanh nghiệp").single()).selectItem("Nhỏ");
        click("Thêm chi phí hoặc lợi ích");
        test(textField("Ai chịu chi phí hoặc hưởng lợi")).setValue("Chủ đầu tư");
        test(textArea("Nội dung")).setValue("Phí thẩm định hồ sơ");
        test(textField("Số tiền (đồng)")).setValue("1.500.000");
        test(textField("Ghi chú số tiền")).setValue("mỗi hồ sơ");
        click("Thêm thủ tục");
        test($(Select.class).withCaption("Thay đổi").single()).selectItem("Bãi bỏ");
        test(textField("Tên thủ tục")).setValue("Cấp giấy phép quy hoạch");
        click("Lưu thông tin");

        List<DraftCard> mine = drafts.myDrafts();
        assertThat(mine).extracting(DraftCard::referenceNumber).containsExactly("DT-2026-01");
        DraftDetails saved = drafts.forEditing(mine.getFirst().id()).details();
        assertThat(saved.agencyId()).isEqualTo(justice);
        assertThat(saved.topics()).containsExactly("xây dựng", "giấy phép");
        assertThat(saved.opensAt()).isEqualTo(now().plusDays(2));
        assertThat(saved.impact().citizenGroups()).containsExactly("FARMERS");
        assertThat(saved.impact().sectors()).containsExactly("F");
        assertThat(saved.impact().businessSizes()).containsExactly(BusinessSize.SMALL);
        assertThat(saved.impact().nationwide()).isTrue();
        assertThat(saved.impact().costsAndBenefits()).containsExactly(new ImpactItem(ImpactItem.Kind.COST,
                "Chủ đầu tư", "Phí thẩm định hồ sơ", BigInteger.valueOf(1_500_000), "mỗi hồ sơ"));
        assertThat(saved.impact().procedures()).containsExactly(new ProcedureChange(ProcedureChange.Change.REMOVED,
                "Cấp giấy phép quy hoạch", ""));
        assertThat(getCurrentView()).isInstanceOf(DraftEditorView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Luật Xây dựng (sửa đổi)");

        navigate(MyDraftsView.class);
        assertThat($(RouterLink.class).withClassName("draft-row-title").single().getHref())
                .isEqualTo("staff/drafts/" + mine.getFirst().id());
        assertThat($(Span.class).withClassName("badge").single().getText()).isEqualTo("Đang soạn");
    }

    @Test
    void aDuplicateReferenceNumberIsShownNextToItAndNothingIsCreated() {
        signInAsDrafterOf(justice);
        drafts.create(fixtures.details(justice, "DT-05", null, null));
        navigate("staff/drafts/new", DraftEditorView.class);
        fillDetails("DT-05", "Nghị định về phí", now().plusDays(1), now().plusDays(40));
        click("Lưu thông tin");

        assertThat(textField("Số hiệu dự thảo").isInvalid()).isTrue();
        assertThat(textField("Số hiệu dự thảo").getErrorMessage()).isEqualTo("Số hiệu DT-05 đã được dùng cho một dự thảo khác.");
        assertThat(drafts.myDrafts()).hasSize(1);
    }

    @Test
    void aWindowShorterThanTheMinimumIsShownNextToClosesAndNothingIsPublished() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-04", now().plusDays(1), now().plusDays(10)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        openEditor(id);
        selectTab("Công bố");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("check-missing").all())
                .extracting(p -> p.getText()).anyMatch(t -> t.contains("ít nhất 30 ngày"));

        test($(Button.class).withClassName("publish-button").single()).click();
        confirm();

        assertThat(picker("Kết thúc lấy ý kiến").isInvalid()).isTrue();
        assertThat(picker("Kết thúc lấy ý kiến").getErrorMessage()).contains("ít nhất 30 ngày");
        assertThat(drafts.forEditing(id).status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void publishingAfterConfirmationSchedulesTheConsultation() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-06", now().plusDays(1), now().plusDays(45)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        openEditor(id);
        selectTab("Công bố");

        test($(Button.class).withClassName("publish-button").single()).click();
        assertThat(test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).getText())
                .contains(EditorDates.format(now().plusDays(1), TranslationProvider.VIETNAMESE));
        confirm();

        assertThat(drafts.forEditing(id).status()).isEqualTo(DraftStatus.SCHEDULED);
        assertThat($(Span.class).withClassName("badge").first().getText()).isEqualTo("Sắp lấy ý kiến");
        assertThat($(Button.class).withClassName("publish-button").exists()).isFalse();
        assertThat(textField("Số hiệu dự thảo").isReadOnly()).isTrue();
    }

    @Test
    void onlyAdministratorsSeeTheWayToRecordAConsultationAlreadyHeld() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-08", now().minusDays(60), now().minusDays(20)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        openEditor(id);
        selectTab("Công bố");
        assertThat($(Button.class).withClassName("record-button").exists()).isFalse();

        signIn(TestStaff::admin);
        openEditor(id);
        selectTab("Công bố");
        test($(Button.class).withClassName("record-button").single()).click();
        confirm();

        DraftEditorData recorded = drafts.forEditing(id);
        assertThat(recorded.status()).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void aDrafterOfAnotherAgencyGetsTheNotFoundPageAndAnAnonymousVisitorTheLogin() {
        long id = fixtures.openDraft(justice, "DT-09", 45);

        signInAsDrafterOf(finance);
        navigate("staff/drafts/" + id, PageNotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
        navigate("staff/drafts/999999", PageNotFoundView.class);

        signIn(TestStaff::anonymous);
        navigate("staff/drafts/" + id, LoginView.class);
    }

    @Test
    void htmlTypedIntoTheTitleIsStoredAndShownAsText() {
        String title = "<b>Luật</b> <script>alert('x')</script>";
        signInAsDrafterOf(justice);
        navigate("staff/drafts/new", DraftEditorView.class);
        fillDetails("DT-10", title, now().plusDays(1), now().plusDays(40));
        click("Lưu thông tin");

        long id = drafts.myDrafts().getFirst().id();
        assertThat(drafts.forEditing(id).details().title()).isEqualTo(title);
        assertThat($(H1.class).single().getText()).isEqualTo(title);
        assertThat($(Html.class).exists()).isFalse();
        navigate(MyDraftsView.class);
        assertThat($(RouterLink.class).withClassName("draft-row-title").single().getText()).isEqualTo(title);
    }

    @Test
    void aNewDrafterSeesAnEmptyListWithTheWayToStartAndCanFilterByStatus() {
        signInAsDrafterOf(finance);
        navigate(MyDraftsView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("Chưa có dự thảo nào.");
        test($(Button.class).withClassName("new-draft").single()).click();
        assertThat(getCurrentView()).isInstanceOf(DraftEditorView.class);

        long open = fixtures.openDraft(finance, "DT-11", 45);
        signInAsDrafterOf(finance);
        drafts.create(fixtures.details(finance, "DT-12", null, null));
        navigate(MyDraftsView.class);
        assertThat($(RouterLink.class).withClassName("draft-row-title").all()).hasSize(2);
        test($(Select.class).withCaption("Trạng thái").single()).selectItem("Đang lấy ý kiến");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("staff/drafts?status=OPEN");
        assertThat($(RouterLink.class).withClassName("draft-row-title").all()).extracting(RouterLink::getHref)
                .containsExactly("staff/drafts/" + open);
        assertThat(drafts.myDrafts()).hasSize(2);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndAnUploadElsewhereKeepsThem() {
        signInAsDrafterOf(justice);
        long id = drafts.create(fixtures.details(justice, "DT-13", null, null));
        openEditor(id);
        test(textField("Tên dự thảo")).setValue("Tên mới chưa lưu");

        selectTab("Tài liệu kèm theo");
        test($(Select.class).withCaption("Loại tài liệu").single()).selectItem("Tờ trình");
        test($(com.vaadin.flow.component.upload.Upload.class).single()).upload("to-trinh.pdf", "application/pdf",
                "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(drafts.forEditing(id).attachments()).hasSize(1);
        selectTab("Thông tin chung");
        assertThat(textField("Tên dự thảo").getValue()).isEqualTo("Tên mới chưa lưu");

        test($(RouterLink.class).withClassName("back-link").single()).click();
        assertThat(getCurrentView()).isInstanceOf(DraftEditorView.class);
        confirm();
        assertThat(getCurrentView()).isInstanceOf(MyDraftsView.class);
        assertThat(drafts.forEditing(id).details().title()).isNotEqualTo("Tên mới chưa lưu");
    }
}
