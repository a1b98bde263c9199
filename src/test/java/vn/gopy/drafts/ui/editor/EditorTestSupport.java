package vn.gopy.drafts.ui.editor;

import java.time.Clock;
import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;

/** What the editor's view tests share: two agencies, the services, and finding fields by their labels. */
abstract class EditorTestSupport extends ViewTest {

    @Autowired DraftService drafts;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired Clock clock;

    long justice;
    long finance;

    @BeforeEach
    void twoAgencies() {
        database.clear();
        justice = fixtures.agency("BTP");
        finance = fixtures.agency("BTC");
    }

    void signInAsDrafterOf(long agencyId) {
        signIn(() -> TestStaff.drafterOf(agencyId));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE)).withSecond(0).withNano(0);
    }

    DraftEditorView openEditor(long draftId) {
        return navigate("staff/drafts/" + draftId, DraftEditorView.class);
    }

    void selectTab(String label) {
        test($(TabSheet.class).single()).select(label);
    }

    TextField textField(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    TextArea textArea(String label) {
        return $(TextArea.class).withCaption(label).single();
    }

    DateTimePicker picker(String label) {
        return $(DateTimePicker.class).withCaption(label).single();
    }

    void click(String buttonText) {
        test($(Button.class).withText(buttonText).single()).click();
    }

    void confirm() {
        test($(ConfirmDialog.class).last()).confirm();
    }
}
