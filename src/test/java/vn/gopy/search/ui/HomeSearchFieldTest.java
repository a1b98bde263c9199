package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.drafts.ui.HomeView;

@IntegrationTest
class HomeSearchFieldTest extends SearchUiTest {

    @Test
    void theHomePageSearchFieldOpensTheSearchPageWithTheWords() {
        fixtures.housingLaw(justice);
        navigate(HomeView.class);

        TextField field = $(TextField.class).withClassName("home-search-field").single();
        test(field).setValue("  nha o xa hoi ");
        test($(Button.class).withText("Tìm kiếm").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(parameters()).isEqualTo(Map.of("q", List.of("nha o xa hoi")));
        assertThat(((SearchView) getCurrentView()).box().text()).isEqualTo("nha o xa hoi");
    }
}
