package vn.gopy.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.gopy.drafts.VersionComparison.ArticleChange;
import vn.gopy.drafts.VersionComparison.Change;
import vn.gopy.drafts.VersionComparison.Op;
import vn.gopy.drafts.VersionComparison.Segment;

class VersionComparisonTest {

    private static long ids = 1;

    static TextBlockView article(String label, String title, String body) {
        return new TextBlockView(ids++, BlockKind.ARTICLE, label, title, body);
    }

    static List<TextBlockView> text(TextBlockView... articles) {
        List<TextBlockView> blocks = new ArrayList<>(List.of(new TextBlockView(ids++, BlockKind.CHAPTER, "I", "CHUNG", "")));
        blocks.addAll(List.of(articles));
        return blocks;
    }

    @Test
    void aRemovedArticleDoesNotMakeEveryLaterArticleLookChanged() {
        List<TextBlockView> v1 = text(
                article("1", "Phạm vi điều chỉnh", "Luật này quy định về dân số."),
                article("2", "Quỹ hỗ trợ", "Thành lập quỹ hỗ trợ dân số."),
                article("3", "Hiệu lực thi hành", "Luật này có hiệu lực từ ngày 01 tháng 7 năm 2027."));
        List<TextBlockView> v2 = text(
                article("1", "Phạm vi điều chỉnh", "Luật này quy định về dân số và phát triển."),
                article("2", "Hiệu lực thi hành", "Luật này có hiệu lực từ ngày 01 tháng 7 năm 2027."),
                article("3", "Chuyển đổi số", "Dữ liệu dân số được số hóa."));

        List<ArticleChange> changes = VersionComparison.between(1, v1, 2, v2).articles();

        assertThat(changes).extracting(ArticleChange::title, ArticleChange::change).containsExactly(
                tuple("Phạm vi điều chỉnh", Change.CHANGED),
                tuple("Quỹ hỗ trợ", Change.REMOVED),
                tuple("Hiệu lực thi hành", Change.UNCHANGED),
                tuple("Chuyển đổi số", Change.ADDED));
        assertThat(changes.get(2).renumbered()).isTrue();
        assertThat(changes.get(2).oldLabel()).isEqualTo("3");
        assertThat(changes.get(0).segments()).filteredOn(seg -> seg.op() == Op.ADDED)
                .extracting(Segment::text).singleElement().asString().contains("và phát triển");
    }

    @Test
    void aRewordedTitleInTheSamePlaceIsOneChangedArticleWhenMostWordsRemain() {
        List<TextBlockView> v1 = text(article("5", "Quyền của công dân", "1. Công dân có quyền góp ý dự thảo văn bản."));
        List<TextBlockView> v2 = text(article("5", "Quyền và nghĩa vụ của công dân",
                "1. Công dân có quyền góp ý dự thảo văn bản quy phạm pháp luật."));
        assertThat(VersionComparison.between(1, v1, 2, v2).articles()).singleElement()
                .satisfies(a -> assertThat(a.change()).isEqualTo(Change.CHANGED));
    }

    @Test
    void anUnrelatedArticleInTheSamePlaceIsShownAsRemovedAndAdded() {
        List<TextBlockView> v1 = text(article("5", "Thuế", "Mức thuế suất bằng mười phần trăm."));
        List<TextBlockView> v2 = text(article("5", "Khen thưởng", "Tổ chức có thành tích được khen thưởng kịp thời."));
        assertThat(VersionComparison.between(1, v1, 2, v2).articles()).extracting(ArticleChange::change)
                .containsExactly(Change.REMOVED, Change.ADDED);
    }

    @Test
    void aRewordedPhraseReadsAsOneRemovalAndOneAdditionNotAlternatingSyllables() {
        assertThat(WordDiff.between("Cá nhân được lựa chọn cơ quan đăng ký hộ tịch",
                "Cá nhân được lựa chọn thực hiện đăng ký hộ tịch"))
                .containsExactly(new Segment(Op.SAME, "Cá nhân được lựa chọn "), new Segment(Op.REMOVED, "cơ quan"),
                        new Segment(Op.ADDED, "thực hiện"), new Segment(Op.SAME, " đăng ký hộ tịch"));
    }

    @Test
    void wordsRemovedAndAddedAreMarkedAndTheRestKept() {
        assertThat(WordDiff.between("Trong thời hạn 15 ngày làm việc", "Trong thời hạn 10 ngày làm việc"))
                .containsExactly(new Segment(Op.SAME, "Trong thời hạn "), new Segment(Op.REMOVED, "15"),
                        new Segment(Op.ADDED, "10"), new Segment(Op.SAME, " ngày làm việc"));
    }
}
