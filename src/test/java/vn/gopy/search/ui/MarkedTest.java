package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTest {

    @Test
    void onlyTextAndMarksSurviveCleaning() {
        assertThat(Marked.clean("<mark>nhà</mark> <script>alert(1)</script><b onclick=x>ở</b> &lt;i&gt;"))
                .isEqualTo("<mark>nhà</mark> ở &lt;i&gt;");
        assertThat(Marked.clean(null)).isEmpty();
    }

    @Test
    void anArticleTitleLosesItsNumberOnlyWhenItStartsWithIt() {
        assertThat(Marked.withoutLabel("5. <mark>Nhà</mark> ở xã hội", "5")).isEqualTo("<mark>Nhà</mark> ở xã hội");
        assertThat(Marked.withoutLabel("<mark>12</mark>. Thu hồi đất", "Điều 12")).isEqualTo("Thu hồi đất");
        assertThat(Marked.withoutLabel("50 năm chuyển tiếp", "5")).isEqualTo("50 năm chuyển tiếp");
        assertThat(Marked.withoutLabel("Phạm vi", "1")).isEqualTo("Phạm vi");
    }

    @Test
    void articleAddressesHoldTheNumberAndNamesHaveTheWord() {
        assertThat(SearchLinks.article(42, "12")).isEqualTo("drafts/42/articles/12");
        assertThat(SearchLinks.article(42, "Điều 12a")).isEqualTo("drafts/42/articles/12a");
        assertThat(SearchLinks.article(42, "12 bis")).isEqualTo("drafts/42/articles/12%20bis");
        assertThat(SearchLinks.articleName("12", "Điều")).isEqualTo("Điều 12");
        assertThat(SearchLinks.articleName("Article 3", "Điều")).isEqualTo("Article 3");
    }
}
