package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.drafts.AttachmentInfo;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.shell.RecordNotFoundView;

@IntegrationTest
class DraftViewTest extends ReadingViewTest {

    @Test
    void theDraftPageShowsTheImpactTheContentsTheArticlesTheDocumentsAndTheVersions() {
        long id = fixtures.openWithImpact(justice, "DT-10", DraftFixtures.threeArticles());
        AttachmentInfo statement = fixtures.attach(justice, id, "Tờ trình dự thảo.pdf", ReadingFixtures.PDF);
        fixtures.revise(justice, id);

        TestStaff.anonymous();
        open("drafts/" + id);

        assertThat($(H1.class).single().getText()).isEqualTo("Luật Đất đai (sửa đổi) DT-10");
        assertThat($(DraftHeader.class).single().getElement().getTextRecursively())
                .contains("Đang lấy ý kiến", "Còn 45 ngày", "Cơ quan chủ trì soạn thảo: Cơ quan BTP", "(giờ Việt Nam)");
        String impact = $(ImpactSection.class).single().getElement().getTextRecursively();
        assertThat(impact).contains("Ai chịu tác động", "Toàn quốc", "Nhỏ", "Chi phí", "Lệ phí cấp giấy chứng nhận",
                "Ước tính 1.500.000 đồng · mỗi hồ sơ", "Lợi ích", "Thủ tục hành chính", "Bãi bỏ",
                "Xác nhận nguồn gốc đất");

        String contents = $(TableOfContents.class).single().getSummaryText();
        assertThat(contents).isEqualTo("Mục lục (3 điều)");
        String toc = test($(TableOfContents.class).single()).find(HtmlBlock.class).single().markup();
        assertThat(toc).contains("Chương I. QUY ĐỊNH CHUNG", "href=\"drafts/" + id + "/articles/4\"")
                .doesNotContain("articles/3\"");

        List<HtmlBlock> articles = $(HtmlBlock.class).withClassName("block-article").all();
        assertThat(articles).extracting(b -> b.getId().orElseThrow())
                .containsExactly("article-1", "article-2", "article-4");
        assertThat(articles.get(1).markup()).contains("<span class=\"article-number\">Điều 2.</span> Đối tượng áp dụng",
                "<p class=\"clause\">2. Người sử dụng đất và tổ chức.</p>",
                "class=\"article-link\" href=\"drafts/" + id + "/articles/2\"",
                "aria-label=\"Sao chép liên kết đến Điều 2\"");
        assertThat($(DraftText.class).single().getElement().getAttribute("lang")).isEqualTo("vi");

        Anchor download = test($(AttachmentsSection.class).single()).find(Anchor.class).single();
        assertThat(download.getHref()).isEqualTo("files/attachments/" + statement.id());
        assertThat(download.isRouterIgnore()).isTrue();
        assertThat($(AttachmentsSection.class).single().getElement().getTextRecursively())
                .contains("Tờ trình", "Tờ trình dự thảo.pdf", "PDF · ");

        VersionsSection versions = $(VersionsSection.class).single();
        assertThat(versions.getElement().getTextRecursively()).contains("Phiên bản 2", "(đang xem)",
                "Tiếp thu ý kiến của Bộ Tài nguyên.", "Phiên bản 1");
        assertThat(test(versions).find(Anchor.class).all()).extracting(Anchor::getHref)
                .containsExactly("drafts/" + id + "?version=1", "drafts/" + id + "/compare?from=1&to=2");
        assertThat($(Paragraph.class).withClassName("old-version").all()).isEmpty();
    }

    @Test
    void anArticlesAddressOpensThePageAtThatArticleAndMovingToAnotherKeepsThePage() {
        long id = fixtures.open(justice, "DT-11", 40);

        TestStaff.anonymous();
        DraftView view = (DraftView) open("drafts/" + id + "/articles/3");

        HtmlBlock third = $(HtmlBlock.class).id("article-3");
        assertThat(third.hasClassName("is-target")).isTrue();
        assertThat(third.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(pendingScripts()).anyMatch(js -> js.contains("scrollIntoView"));
        assertThat(view.getPageTitle()).isEqualTo("Điều 3. Giải thích từ ngữ – Luật Đất đai (sửa đổi) DT-11 · Gopy");

        assertThat(open("drafts/" + id + "/articles/1")).isSameAs(view);
        assertThat($(HtmlBlock.class).id("article-1").hasClassName("is-target")).isTrue();
        assertThat($(HtmlBlock.class).id("article-3").hasClassName("is-target")).isFalse();
    }

    @Test
    void anArticleTheDraftDoesNotHaveShowsTheWholeDraftWithANotice() {
        long id = fixtures.open(justice, "DT-12", 40);

        TestStaff.anonymous();
        open("drafts/" + id + "/articles/99");

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat($(Paragraph.class).withClassName("missing-article").single().getText())
                .isEqualTo("Dự thảo này không có Điều 99. Dưới đây là toàn văn dự thảo.");
        assertThat($(HtmlBlock.class).withClassName("is-target").all()).isEmpty();
        assertThat($(HtmlBlock.class).withClassName("block-article").all()).hasSize(3);
    }

    @Test
    void anUnknownDraftAndADraftThatIsNotPublicAreNotFound() {
        long unpublished = fixtures.unpublished(justice, "DT-13");

        TestStaff.anonymous();
        navigate("drafts/987654", RecordNotFoundView.class);
        navigate("drafts/" + unpublished, RecordNotFoundView.class);
        navigate("drafts/" + unpublished + "/articles/1", RecordNotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    void theDraftingAgencysStaffPreviewAnUnpublishedDraftUnderAClearBanner() {
        long unpublished = fixtures.unpublished(justice, "DT-14");

        TestStaff.drafterOf(justice);
        navigate("drafts/" + unpublished, DraftView.class);

        assertThat($(Paragraph.class).withClassName("preview-banner").single().getText())
                .startsWith("Bản xem trước — dự thảo này chưa được công bố.");
        assertThat($(DraftHeader.class).single().getElement().getTextRecursively()).contains("Đang soạn");
    }

    @Test
    void anEarlierVersionIsShownWithANoticeAndALinkToTheLatest() {
        long id = fixtures.open(justice, "DT-15", 40);
        fixtures.revise(justice, id);

        TestStaff.anonymous();
        open("drafts/" + id + "?version=1");

        Paragraph notice = $(Paragraph.class).withClassName("old-version").single();
        assertThat(notice.getElement().getTextRecursively())
                .startsWith("Bạn đang đọc phiên bản 1 trong số 2 phiên bản của dự thảo —");
        assertThat(test(notice).find(Anchor.class).single().getHref()).isEqualTo("drafts/" + id);
        assertThat($(HtmlBlock.class).withClassName("block-article").all()).extracting(b -> b.getId().orElseThrow())
                .containsExactly("article-1", "article-2", "article-3");
        assertThat($(HtmlBlock.class).id("article-3").markup())
                .contains("href=\"drafts/" + id + "/articles/3?version=1\"");

        open("drafts/" + id + "?version=abc");
        assertThat($(Paragraph.class).withClassName("old-version").all()).as("a version that is no number is ignored")
                .isEmpty();
        assertThat($(HtmlBlock.class).withClassName("block-article").all()).hasSize(3);
        assertThat($(HtmlBlock.class).id("article-4")).isNotNull();
    }

    @Test
    void anEnglishReaderSeesAmountsAndDatesInEnglish() {
        long id = fixtures.openWithImpact(justice, "DT-16", DraftFixtures.threeArticles());

        TestStaff.anonymous();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("drafts/" + id);

        assertThat($(ImpactSection.class).single().getElement().getTextRecursively())
                .contains("Who is affected", "Nationwide", "About 1,500,000 đồng · mỗi hồ sơ");
        assertThat($(DraftHeader.class).single().getElement().getTextRecursively())
                .contains("Open for comment", "45 days left", "(Vietnam time)")
                .containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        // The draft is Vietnamese: its own words stay Vietnamese.
        assertThat($(HtmlBlock.class).id("article-1").markup()).contains("Điều 1.");
    }

    @Test
    void aLawOf260ArticlesIsDrawnWithFewComponents() {
        long id = fixtures.openWithImpact(justice, "LUAT-DAT-DAI", ReadingFixtures.longLaw(16, 260));

        TestStaff.anonymous();
        long start = System.nanoTime();
        open("drafts/" + id + "/articles/200");
        long millis = (System.nanoTime() - start) / 1_000_000;

        long components = descendants(UI.getCurrent()).count();
        System.out.printf("A 260-article draft page: %d components, opened in %d ms%n", components, millis);
        assertThat($(HtmlBlock.class).withClassName("block-article").all()).hasSize(260);
        assertThat($(HtmlBlock.class).id("article-200").hasClassName("is-target")).isTrue();
        assertThat(components).isLessThan(400);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DraftViewTest::descendants));
    }

    private static List<String> pendingScripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
    }
}
