package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.ui.DraftCardView;
import vn.gopy.drafts.ui.DraftView;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchSort;
import vn.gopy.search.Suggestion;

@IntegrationTest
class SearchViewTest extends SearchUiTest {

    @Test
    void withoutWordsThePageExplainsHowToSearch() {
        navigate(SearchView.class);

        Div tips = $(Div.class).withClassName("search-tips").single();
        assertThat(tips.getElement().getTextRecursively()).contains("nha o xa hoi", "ngoặc kép");
        assertThat($(Paragraph.class).withClassName("search-failed").all()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tìm kiếm · Gopy");
    }

    @Test
    void theAddressSetsTheWordsTheOrderAndTheFilters() {
        fixtures.housingLaw(justice);
        fixtures.landLaw(justice);

        SearchView view = (SearchView) open("search?q=luat&sort=newest");
        assertThat(view.box().text()).isEqualTo("luat");
        assertThat($(Select.class).single().getValue()).isEqualTo(SearchSort.NEWEST);
        assertThat(titles()).hasSize(2);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("“luat” – Tìm kiếm · Gopy");

        Checkbox agency = facetBoxes("agency").getFirst();
        test(agency).click();
        String filtered = location();
        assertThat(QueryParameters.fromString(filtered.substring(filtered.indexOf('?') + 1)).getParameters())
                .containsKeys("q", "sort", "agency");

        open(filtered);
        Checkbox ticked = facetBoxes("agency").getFirst();
        assertThat(ticked.getValue()).as("the box is ticked again from the address").isTrue();
        Button chip = $(Button.class).withClassName("filter-chip").single();
        String agencyName = test($(Section.class).withClassName("facet-agency").single()).find(Span.class)
                .withClassName("facet-name").first().getText();
        assertThat(chip.getText()).isEqualTo("Cơ quan soạn thảo: " + agencyName).endsWith("Cơ quan BTP");
        test(chip).click();
        assertThat(parameters()).isEqualTo(Map.of("q", List.of("luat"), "sort", List.of("newest")));
    }

    @Test
    void choosingAnOrderPutsItIntoTheAddress() {
        fixtures.housingLaw(justice);

        open("search?q=nha");
        test($(Select.class).single()).selectItem("Sắp hết hạn góp ý");

        assertThat(parameters()).isEqualTo(Map.of("q", List.of("nha"), "sort", List.of("closing")));
    }

    @Test
    void aResultMarksTheWordsAndLinksStraightToTheMatchingArticle() {
        long housing = fixtures.housingLaw(justice);

        open("search?q=nha o xa hoi");

        List<DraftCardView> hits = $(DraftCardView.class).all();
        assertThat(hits).hasSize(1);
        Anchor article = test(hits.getFirst()).find(Anchor.class).withClassName("article-hit-link").single();
        assertThat(article.getHref()).isEqualTo("drafts/" + housing + "/articles/" + SearchUiFixtures.SOCIAL_HOUSING_ARTICLE);
        assertThat(text(article)).isEqualTo("Điều 5. Nhà ở xã hội");
        assertThat(hits.getFirst().getElement().getOuterHTML()).contains("<mark>");
        assertThat($(Paragraph.class).withClassName("result-count").single().getText()).startsWith("Tìm thấy 1 dự thảo");
    }

    @Test
    void typingSuggestsTheArticleAndTheKeyboardOpensIt() {
        long housing = fixtures.housingLaw(justice);
        navigate(SearchView.class);
        SearchBox box = $(SearchBox.class).single();

        test(box.field()).setValue("nha o xa hoi");

        List<Suggestion> shown = box.suggestions().shown();
        assertThat(shown).anySatisfy(s -> assertThat(s.articleLabel()).isNotNull());
        assertThat(box.suggestions().isVisible()).isTrue();
        int article = indexOfArticle(shown);
        for (int i = 0; i <= article; i++) {
            press(box, "ArrowDown");
        }
        press(box, "Enter");

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat(location()).isEqualTo("drafts/" + housing + "/articles/" + SearchUiFixtures.SOCIAL_HOUSING_ARTICLE);
    }

    @Test
    void escapeClosesTheSuggestionsAndEnterThenRunsTheSearch() {
        fixtures.housingLaw(justice);
        navigate(SearchView.class);
        SearchBox box = $(SearchBox.class).single();

        test(box.field()).setValue("nha o");
        assertThat(box.suggestions().isVisible()).isTrue();
        press(box, "Escape");
        assertThat(box.suggestions().isVisible()).isFalse();
        press(box, "Enter");

        assertThat(path()).isEqualTo("search");
        assertThat(parameters()).isEqualTo(Map.of("q", List.of("nha o")));
        assertThat(titles()).containsExactly("Luật Nhà ở (sửa đổi)");
    }

    @Test
    void nothingFoundSaysSoAndOffersToDropTheFilters() {
        fixtures.housingLaw(justice);

        open("search?q=khongcotudaynaoca&status=closed");

        Div empty = $(Div.class).withClassName("search-empty").single();
        assertThat(empty.getElement().getTextRecursively()).contains("“khongcotudaynaoca”", "chính tả");
        test($(Button.class).withClassName("search-empty-clear").single()).click();
        assertThat(parameters()).isEqualTo(Map.of("q", List.of("khongcotudaynaoca")));
    }

    @Test
    void anyInputIsSafeAndTooMuchTextIsCutWithANote() {
        fixtures.housingLaw(justice);
        List<String> hostile = List.of("\"nhà ở", "((((", "luật)]}", "a AND OR NOT -", "title:x* ~2 ^3 \\ / ?",
                "😀🏠 nhà", "<script>alert(1)</script>", "' OR 1=1 --", "   ", "đ".repeat(10_000));
        for (String text : hostile) {
            UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", text));
            assertThat(getCurrentView()).as(text).isInstanceOf(SearchView.class);
            assertThat($(Paragraph.class).withClassName("search-failed").all()).as(text).isEmpty();
            assertThat($(Html.class).all()).as(text).allSatisfy(html ->
                    assertThat(html.getElement().getOuterHTML()).doesNotContain("<script"));
        }
        Paragraph note = $(Paragraph.class).withClassName("search-cut-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains(String.valueOf(SearchQuery.MAX_TEXT_LENGTH));
        assertThat(((SearchView) getCurrentView()).box().text()).hasSize(SearchQuery.MAX_TEXT_LENGTH);

        open("search?q=nha");
        assertThat($(Paragraph.class).withClassName("search-cut-note").all()).as("hidden once the words fit").isEmpty();
    }

    @Test
    void wordsTooLongForTheAddressAreCutOnTheWayWithTheNote() {
        navigate(SearchView.class);
        SearchBox box = $(SearchBox.class).single();

        box.field().setValue("nhà ở ".repeat(60));
        press(box, "Enter");

        assertThat(parameters().get("q").getFirst()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_TEXT_LENGTH);
        assertThat($(Paragraph.class).withClassName("search-cut-note").single().getText())
                .isEqualTo("Từ khoá quá dài nên chỉ 200 ký tự đầu tiên được dùng để tìm.");
    }

    @Test
    void markupInATitleIsShownAsTextNeverAsMarkup() {
        fixtures.titled(justice, "XSS-1", "Nghị định <b onmouseover=alert(1)>thử</b> về nhà");

        open("search?q=nghi dinh");

        DraftCardView hit = $(DraftCardView.class).single();
        Document html = Jsoup.parse(hit.getElement().getOuterHTML());
        assertThat(html.select("b, [onmouseover]")).isEmpty();
        assertThat(text(hit)).contains("<b onmouseover=alert(1)>thử</b>");
    }

    @Test
    void manyResultsArePagedWithLinksThatKeepTheSearch() {
        for (int i = 1; i <= SearchQuery.DEFAULT_PAGE_SIZE + 2; i++) {
            fixtures.titled(justice, "NO-%02d".formatted(i), "Nghị định về nhà ở số " + i);
        }

        open("search?q=nghi dinh nha o");
        assertThat(titles()).hasSize(SearchQuery.DEFAULT_PAGE_SIZE);
        Anchor next = $(SearchPager.class).single().getChildren()
                .flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .findFirst().orElseThrow();
        assertThat(next.getHref()).startsWith("search?");
        assertThat(QueryParameters.fromString(next.getHref().substring("search?".length())).getParameters())
                .isEqualTo(Map.of("q", List.of("nghi dinh nha o"), "page", List.of("2")));

        open(next.getHref());
        assertThat(titles()).hasSize(2);
    }

    private List<Checkbox> facetBoxes(String parameter) {
        Section facet = $(Section.class).withClassName("facet-" + parameter).single();
        return test(facet).find(Checkbox.class).all();
    }

    private List<String> titles() {
        return $(DraftCardView.class).all().stream()
                .map(card -> text(test(card).find(Anchor.class).first())).toList();
    }

    private static int indexOfArticle(List<Suggestion> shown) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).isArticle()) {
                return i;
            }
        }
        throw new AssertionError("No article among " + shown);
    }
}
