package vn.gopy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import vn.gopy.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.security.LoginView;

@IntegrationTest
class ShellViewsTest extends ViewTest {

    @Test
    void anUnknownAddressShowsAHelpfulPageNotAStackTrace() {
        TestStaff.anonymous();
        navigate("no-such-page", PageNotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Không tìm thấy trang");
        assertThat(getCurrentView()).isInstanceOfSatisfying(PageNotFoundView.class,
                view -> assertThat(view.getPageTitle()).isEqualTo("Không tìm thấy trang · Gopy"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("", "consultations");
    }

    @Test
    void anAnonymousVisitorIsOfferedTheStaffLoginAndTheEnglishVersion() {
        TestStaff.anonymous();
        navigate(LoginView.class);
        assertThat($(Anchor.class).withClassName("login-link").single().getElement().getTextRecursively())
                .contains("Đăng nhập cán bộ");
        assertThat($(Button.class).withClassName("language-switch").single().getText()).isEqualTo("English");
        assertThat($(LoginForm.class).single().getElement().getProperty("action")).isEqualTo("login");
    }

    @Test
    void aLoggedInStaffMemberSeesTheirNameAndCanLogOut() {
        TestStaff.moderator();
        navigate("no-such-page", PageNotFoundView.class);
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Đăng xuất");
    }
}
