package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.VersionComparison.ArticleChange;
import vn.gopy.drafts.VersionComparison.Change;
import vn.gopy.drafts.VersionComparison.Op;
import vn.gopy.drafts.VersionComparison.Segment;

class TextMarkupTest {

    @Test
    void textFromTheDraftNeverBecomesMarkup() {
        String html = TextMarkup.article("Điều 1.", "<img src=x onerror=alert(1)>",
                "1. <script>alert('x')</script>\n\"quoted\" & more", 4, "drafts/1/articles/1\"><b>", "Copy");

        assertThat(html).doesNotContain("<img", "<script", "<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;", "&quot;quoted&quot; &amp; more",
                        "href=\"drafts/1/articles/1&quot;&gt;&lt;b&gt;\"");
    }

    @Test
    void eachLineOfABodyIsAParagraphAndClausesAndPointsAreMarked() {
        assertThat(TextMarkup.paragraphs("Mở đầu\n\n1. Khoản một:\na) điểm a;\nđ) điểm đ;\n- gạch đầu dòng"))
                .isEqualTo("<p>Mở đầu</p><p class=\"clause\">1. Khoản một:</p><p class=\"point\">a) điểm a;</p>"
                        + "<p class=\"point\">đ) điểm đ;</p><p class=\"dash\">- gạch đầu dòng</p>");
    }

    @Test
    void aComparisonMarksWordsAndEscapesThem() {
        ArticleChange change = new ArticleChange("2", "2", "Cũ", "Mới <i>", Change.CHANGED, List.of(
                new Segment(Op.SAME, "Giữ <nguyên> "), new Segment(Op.REMOVED, "bỏ&"), new Segment(Op.ADDED, "thêm\"")));
        DiffMarkup.Words words = new DiffMarkup.Words("[xoá]", "[thêm]");

        assertThat(DiffMarkup.body(change, words)).isEqualTo("Giữ &lt;nguyên&gt; "
                + "<del><span class=\"visually-hidden\">[xoá] </span>bỏ&amp;</del>"
                + "<ins><span class=\"visually-hidden\">[thêm] </span>thêm&quot;</ins>");
        assertThat(DiffMarkup.title(change, words)).isEqualTo(
                "<del><span class=\"visually-hidden\">[xoá] </span>Cũ</del> "
                        + "<ins><span class=\"visually-hidden\">[thêm] </span>Mới &lt;i&gt;</ins>");
    }
}
