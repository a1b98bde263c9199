package vn.gopy.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.search.SearchIndex;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

@IntegrationTest
class SearchIndexViewTest extends SearchUiTest {

    @Autowired SearchIndex index;

    @Test
    void anAdministratorSeesTheCountsInStepAndFindsThePageInTheNavigation() {
        fixtures.housingLaw(justice);

        signIn(TestStaff::admin);
        navigate(SearchIndexView.class);

        @SuppressWarnings("unchecked")
        Grid<SearchIndex.Count> counts = $(Grid.class).single();
        assertThat(test(counts).size()).isEqualTo(index.counts().size());
        assertThat(test(counts).getCellText(0, 0)).isEqualTo("Dự thảo");
        assertThat(test(counts).getCellText(0, 1)).isEqualTo("1");
        assertThat($(Paragraph.class).withClassName("index-overall").single().getText())
                .isEqualTo(t("search.index.all-in-step"));
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("admin/search-index");
    }

    @Test
    void aRebuildIsConfirmedThenWatchedUntilItEnds() throws InterruptedException {
        fixtures.housingLaw(justice);
        fixtures.landLaw(justice);

        signIn(TestStaff::admin);
        SearchIndexView view = navigate(SearchIndexView.class);
        test($(Button.class).withText(t("search.index.rebuild")).single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.isPolling()).isTrue();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (view.isPolling() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            view.poll();
        }
        assertThat(view.isPolling()).as("polling stops when the rebuild has ended").isFalse();
        assertThat(index.progress().failed()).isFalse();
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains(t("search.index.done-notice"));
        assertThat($(Paragraph.class).withClassName("rebuild-status").single().getText()).startsWith("Lần lập lại gần nhất xong");
        assertThat($(Paragraph.class).withClassName("index-overall").single().getText())
                .isEqualTo(t("search.index.all-in-step"));
    }

    @Test
    void aDrafterGetsPageNotFoundAndAnAnonymousVisitorTheLogin() {
        signIn(() -> TestStaff.drafterOf(justice));
        assertThatThrownBy(() -> navigate(SearchIndexView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("admin/search-index");

        signIn(TestStaff::anonymous);
        assertThatThrownBy(() -> navigate(SearchIndexView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
