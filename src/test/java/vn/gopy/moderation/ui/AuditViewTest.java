package vn.gopy.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.TestStaff;
import vn.gopy.moderation.AuditEntry;
import vn.gopy.moderation.AuditTrail;
import vn.gopy.moderation.RejectionReason;
import vn.gopy.security.LoginView;
import vn.gopy.shell.PageNotFoundView;

/** The audit trail as an administrator reads it and downloads it. */
class AuditViewTest extends ModerationViewTest {

    @Autowired AuditTrail trail;

    private String approved;
    private String rejected;

    private void twoDecisions() {
        approved = confirmed("1", "Đề nghị bổ sung quy định về đất tôn giáo và đất tín ngưỡng.");
        rejected = confirmed("2", "Ý kiến về một dự án khác của tỉnh, không phải dự thảo này.");
        TestStaff.moderator();
        decisions.approve(idOf(approved), List.of());
        decisions.reject(idOf(rejected), RejectionReason.OTHER, "Xin gửi tới Ủy ban nhân dân tỉnh.");
    }

    @Test
    void anAdministratorSeesWhoDecidedWhatWhenAndWhyNewestFirst() {
        twoDecisions();
        signIn(TestStaff::admin);
        navigate(AuditView.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("test-moderator");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(t("moderation.audit.action.REJECTED"));
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(t("moderation.reason.OTHER") + ": Xin gửi tới Ủy ban nhân dân tỉnh.");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo(rejected);
        assertThat(test(grid).getCellText(1, 2)).isEqualTo(t("moderation.audit.action.APPROVED"));
        assertThat(test(grid).getCellText(1, 4)).isEqualTo(approved);
    }

    @Test
    void theCsvDownloadHoldsEveryDecision() throws Exception {
        twoDecisions();
        signIn(TestStaff::admin);
        AuditView view = navigate(AuditView.class);

        Anchor csv = $(Anchor.class).withClassName("audit-csv").single();
        assertThat(csv.getElement().getAttribute("download")).isEqualTo(AuditView.FILE_NAME);
        assertThat(csv.getHref()).isNotBlank();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.writeCsv(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,at,moderator,comment_id,tracking_number,action,reason,note");
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains(approved + ",APPROVED", rejected + ",REJECTED,OTHER,Xin gửi tới Ủy ban nhân dân tỉnh.");
    }

    @Test
    void onlyAdministratorsReachTheTrailOnTheRouteAndInTheService() {
        signIn(TestStaff::moderator);
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        signIn(TestStaff::anonymous);
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        for (Runnable who : new Runnable[] {TestStaff::moderator, () -> TestStaff.drafterOf(3), TestStaff::anonymous}) {
            who.run();
            assertThatThrownBy(() -> trail.page(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trail.exportCsv(new java.io.StringWriter())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
