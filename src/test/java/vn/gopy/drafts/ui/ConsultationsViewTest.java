package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.drafts.DraftStatus;

@IntegrationTest
class ConsultationsViewTest extends ReadingViewTest {

    long finance;

    @BeforeEach
    void setUp() {
        finance = fixtures.agency("BTC");
    }

    @Test
    void theFiltersInTheAddressAreAppliedAndShownInTheFields() {
        fixtures.open(justice, "TP-OPEN", 40);
        fixtures.scheduled(justice, "TP-SOON", 5);
        fixtures.open(finance, "TC-OPEN", 40);

        TestStaff.anonymous();
        open("consultations?agency=" + justice + "&type=LAW&status=open");

        assertThat(cardTexts()).containsExactly("Luật Đất đai (sửa đổi) TP-OPEN");
        assertThat(((AgencySummary) $(ComboBox.class).single().getValue()).id()).isEqualTo(justice);
        assertThat($(Select.class).all()).extracting(Select::getValue).containsExactly(
                fixtures.documentType("LAW"), DraftStatus.OPEN);
        assertThat($(Paragraph.class).withClassName("result-count").single().getText()).isEqualTo("Có 1 dự thảo");
    }

    @Test
    void valuesThatMeanNothingAreIgnoredAndDroppedFromTheAddress() {
        fixtures.open(justice, "TP-OPEN", 40);
        fixtures.open(finance, "TC-OPEN", 40);

        TestStaff.anonymous();
        open("consultations?status=xyz&page=-5&agency=abc&type=NOPE");

        assertThat(cardTexts()).hasSize(2);
        assertThat(location()).isEqualTo("consultations");
        open("consultations?agency=999999&page=abc");
        assertThat(cardTexts()).hasSize(2);
        assertThat($(ComboBox.class).single().getValue()).isNull();
    }

    @Test
    void aLongListIsPagedWithPreviousAndNextLinksAndThePosition() {
        for (int i = 1; i <= ConsultationsView.PAGE_SIZE + 2; i++) {
            fixtures.open(justice, "DT-%02d".formatted(i), 30 + i);
        }

        TestStaff.anonymous();
        open("consultations?status=open");
        assertThat(cardTexts()).hasSize(ConsultationsView.PAGE_SIZE).first().asString().endsWith("DT-01");
        assertThat($(Paragraph.class).withClassName("result-count").single().getText()).isEqualTo("Có 12 dự thảo");
        Nav pager = $(Pager.class).single();
        assertThat(test(pager).find(Span.class).withClassName("pager-position").single().getText()).isEqualTo("Trang 1/2");
        Anchor next = test(pager).find(Anchor.class).single();
        assertThat(next.getHref()).isEqualTo("consultations?status=open&page=2");

        test(next).click();
        assertThat(showsAddress("consultations?status=open&page=2")).as(location()).isTrue();
        assertThat(cardTexts()).containsExactly("Luật Đất đai (sửa đổi) DT-11", "Luật Đất đai (sửa đổi) DT-12");
        assertThat(test($(Pager.class).single()).find(Anchor.class).single().getHref())
                .isEqualTo("consultations?status=open");

        open("consultations?status=open&page=9");
        assertThat(showsAddress("consultations?status=open&page=2")).as(location()).isTrue();
    }

    @Test
    void choosingAFilterPutsItIntoTheAddress() {
        fixtures.open(justice, "TP-OPEN", 40);
        fixtures.scheduled(finance, "TC-SOON", 5);

        TestStaff.anonymous();
        navigate(ConsultationsView.class);
        assertThat(cardTexts()).hasSize(2);

        test($(Select.class).withCaption("Tình trạng").single()).selectItem("Sắp lấy ý kiến");

        assertThat(location()).isEqualTo("consultations?status=upcoming");
        assertThat(cardTexts()).containsExactly("Luật Đất đai (sửa đổi) TC-SOON");
    }

    @Test
    void whenNothingMatchesTheListSuggestsClearingTheFilters() {
        fixtures.open(justice, "TP-OPEN", 40);

        TestStaff.anonymous();
        open("consultations?status=closed");

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).contains("Xoá bộ lọc");
        assertThat($(Pager.class).all()).as("the pager of a single page is hidden").isEmpty();
        test($(com.vaadin.flow.component.button.Button.class).withText("Xoá bộ lọc").single()).click();
        assertThat(location()).isEqualTo("consultations");
        assertThat(cardTexts()).hasSize(1);
    }

    private java.util.List<String> cardTexts() {
        return $(DraftCardView.class).all().stream()
                .map(c -> test(c).find(Anchor.class).single().getText()).toList();
    }
}
