package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.ui.DraftCardView;
import vn.gopy.taxonomies.Term;

@IntegrationTest
class AffectsMeViewTest extends SearchUiTest {

    @Test
    void withoutAProfileThePageAsksForOne() {
        fixtures.housingLaw(justice);

        navigate(AffectsMeView.class);

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("Hãy chọn");
        assertThat($(DraftCardView.class).all()).isEmpty();
    }

    @Test
    void theProfileInTheAddressFillsTheFormAndListsTheDraftsWithWhyTheyMatch() {
        long housing = fixtures.housingLaw(justice);
        fixtures.landLaw(justice);

        open("affects-me?sector=F&size=SMALL");

        assertThat($(MultiSelectComboBox.class).first().getValue()).extracting(t -> ((Term) t).code()).containsExactly("F");
        assertThat($(Select.class).single().getValue()).isEqualTo(BusinessSize.SMALL);
        List<DraftCardView> cards = $(DraftCardView.class).all();
        assertThat(cards).isNotEmpty();
        DraftCardView first = cards.getFirst();
        assertThat(test(first).find(Anchor.class).first().getHref()).isEqualTo("drafts/" + housing);
        assertThat(test(first).find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Ngành của bạn: Xây dựng");
    }

    @Test
    void choosingInTheFormPutsTheProfileIntoTheAddress() {
        fixtures.landLaw(justice);
        navigate(AffectsMeView.class);

        test($(ComboBox.class).single()).selectItem("Hà Nội");
        assertThat(parameters()).isEqualTo(Map.of("province", List.of("ha-noi")));

        test($(MultiSelectComboBox.class).all().getLast()).selectItem("Nông dân");
        assertThat(parameters()).isEqualTo(Map.of("province", List.of("ha-noi"), "group", List.of("FARMERS")));
        assertThat($(DraftCardView.class).all()).hasSize(1);
    }

    @Test
    void codesThatMeanNothingAreIgnored() {
        fixtures.housingLaw(justice);

        open("affects-me?sector=ZZZ&size=HUGE&province=%3Cscript%3E&group=");

        assertThat(getCurrentView()).isInstanceOf(AffectsMeView.class);
        assertThat($(MultiSelectComboBox.class).first().getValue()).isEmpty();
        assertThat($(Select.class).single().getValue()).isNull();
        assertThat($(Paragraph.class).withClassName("search-failed").all()).isEmpty();
    }
}
