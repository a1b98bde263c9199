package vn.gopy.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.mail.Mail;
import vn.gopy.mail.MailOutbox;
import vn.gopy.mail.OutboxAdministration;
import vn.gopy.mail.OutboxEntry;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

/** The outbox page as a developer without a mail server uses it (the test profile names no server). */
class OutboxViewTest extends ViewTest {

    static final String LINK = "https://gopy.test/comments/confirm/7f3a?lang=vi";

    @Autowired MailOutbox outbox;
    @Autowired OutboxAdministration administration;
    @Autowired TestDatabase database;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void twoMessagesWaiting() {
        database.clear();
        queue("an@example.vn", "<b>An</b>");
        queue("binh@example.vn", "Bình");
    }

    private void queue(String to, String name) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(
                new Mail(to, Locale.of("vi"), "test-greeting", Map.of("name", name, "link", LINK))));
    }

    @Test
    void anAdministratorSeesTheMessagesNewestFirstAndThatNoServerKeepsThemHere() {
        signIn(TestStaff::admin);
        navigate(OutboxView.class);

        Grid<OutboxEntry> grid = grid();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("binh@example.vn");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Xác nhận góp ý của Bình");
        assertThat(((Span) test(grid).getCellComponent(0, 3).getChildren().findFirst().orElseThrow()).getText())
                .isEqualTo(t("mail.outbox.badge.waiting"));
        assertThat($(Paragraph.class).withClassName("mail-notice").single().getText())
                .isEqualTo(t("mail.outbox.no-server"));
        assertThat($(Button.class).withText(t("mail.outbox.send-now")).all()).as("nothing to send with").isEmpty();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("admin/outbox");
    }

    @Test
    void theRecipientFilterNarrowsTheListAndLivesInTheAddress() {
        signIn(TestStaff::admin);
        open("admin/outbox?to=AN@");

        assertThat($(TextField.class).single().getValue()).isEqualTo("AN@");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 0)).isEqualTo("an@example.vn");

        test($(TextField.class).single()).setValue("nobody");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void anOpenedMessageShowsItsTextWithTheLinkClickableAndNoMarkupFromTheValues() {
        signIn(TestStaff::admin);
        navigate(OutboxView.class);
        test(grid()).clickRow(0);
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Xác nhận góp ý của Bình");
        $(Dialog.class).single().close();
        Button read = (Button) test(grid()).getCellComponent(1, "open");
        test(read).click();

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Xác nhận góp ý của <b>An</b>");
        Anchor link = $(Anchor.class, dialog).single();
        assertThat(link.getHref()).isEqualTo(LINK);
        assertThat(link.getText()).isEqualTo(LINK);
        assertThat($(Span.class, dialog).all()).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).contains("Chào <b>An</b>,"));
        assertThat(dialog.getElement().getOuterHTML()).contains("Chào &lt;b&gt;An&lt;/b&gt;,").doesNotContain("<b>");
    }

    @Test
    void aDrafterGetsPageNotFoundAndAnAnonymousVisitorTheLogin() {
        signIn(() -> TestStaff.drafterOf(7));
        assertThatThrownBy(() -> navigate(OutboxView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("admin/outbox");

        signIn(TestStaff::moderator);
        assertThatThrownBy(() -> navigate(OutboxView.class)).isInstanceOf(IllegalArgumentException.class);

        signIn(TestStaff::anonymous);
        assertThatThrownBy(() -> navigate(OutboxView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theServiceRefusesEveryoneButAdministratorsWhateverTheViewDoes() {
        for (Runnable who : new Runnable[] {() -> TestStaff.drafterOf(7), TestStaff::moderator, TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> administration.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.open(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.sendDueNow()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxEntry> grid() {
        return $(Grid.class).single();
    }
}
