package vn.gopy.agencies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;

@IntegrationTest
class AgenciesViewTest extends AdminViewTest {

    @Autowired AgencyService agencies;
    @Autowired TestDatabase database;

    AgenciesView view;

    @BeforeEach
    void openAsAdministrator() {
        database.clear();
        signIn(TestStaff::admin);
        agencies.create(new AgencyForm("BTP", "Bộ Tư pháp", "Ministry of Justice", "https://moj.gov.vn", true));
        view = navigate(AgenciesView.class);
    }

    Grid<AgencySummary> grid() {
        @SuppressWarnings("unchecked")
        Grid<AgencySummary> grid = $(Grid.class).single();
        return grid;
    }

    List<String> codesInTheList() {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(i -> tester.getRow(i).code()).toList();
    }

    TextField field(String labelKey) {
        return $(TextField.class).withCaption(t(labelKey)).single();
    }

    void fillIn(String code, String nameVi, String nameEn) {
        test(field("agencies.agency.code")).setValue(code);
        test(field("agencies.agency.name-vi")).setValue(nameVi);
        test(field("agencies.agency.name-en")).setValue(nameEn);
    }

    Button button(String key) {
        return $(Button.class).withText(t(key)).single();
    }

    @Test
    void anAdministratorCreatesAnAgencyAndSeesItInTheList() {
        assertThat(view.getPageTitle()).isEqualTo(t("agencies.list.title") + " · Gopy");
        test(button("agencies.list.new")).click();
        fillIn("btc", "Bộ Tài chính", "Ministry of Finance");
        test(button("agencies.agency.create")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(lastNotice()).isEqualTo(t("agencies.agency.created", "Bộ Tài chính"));
        assertThat(codesInTheList()).containsExactlyInAnyOrder("BTP", "BTC");
        assertThat(test(grid()).getCellText(1, 1)).isEqualTo("Bộ Tư pháp");
    }

    @Test
    void enterSavesTheForm() {
        test(button("agencies.list.new")).click();
        fillIn("BXD", "Bộ Xây dựng", "Ministry of Construction");
        ShortcutsKt._fireShortcut($(Dialog.class).single(), Key.ENTER);

        assertThat(codesInTheList()).contains("BXD");
    }

    @Test
    void aDuplicateCodeIsShownNextToTheCodeFieldAndNothingIsSaved() {
        test(button("agencies.list.new")).click();
        fillIn("btp", "Bộ Tư pháp mới", "New Ministry of Justice");
        test(button("agencies.agency.create")).click();

        TextField code = field("agencies.agency.code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(t("agencies.error.code-taken", "btp"));
        assertThat(field("agencies.agency.name-vi").isInvalid()).isFalse();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(agencies.all()).extracting(AgencySummary::nameVi).containsExactly("Bộ Tư pháp");
    }

    @Test
    void editingAnAgencyChangesItsName() {
        test((Button) test(grid()).getCellComponent(0, "actions")).click();
        test(field("agencies.agency.name-vi")).setValue("Bộ Tư pháp (Vụ Pháp luật)");
        test(button("common.save")).click();

        assertThat(lastNotice()).isEqualTo(t("agencies.agency.saved", "Bộ Tư pháp (Vụ Pháp luật)"));
        assertThat(test(grid()).getRow(0).nameVi()).isEqualTo("Bộ Tư pháp (Vụ Pháp luật)");
        assertThat(agencies.all()).extracting(AgencySummary::nameVi).containsExactly("Bộ Tư pháp (Vụ Pháp luật)");
    }

    @Test
    void deactivatingAnAgencyIsConfirmedFirst() {
        test((Button) test(grid()).getCellComponent(0, "actions")).click();
        test($(Checkbox.class).withCaption(t("agencies.agency.active")).single()).click();
        test(button("common.save")).click();

        ConfirmDialog confirmation = $(ConfirmDialog.class).single();
        assertThat(test(confirmation).getHeader()).isEqualTo(t("agencies.agency.deactivate-title", "Bộ Tư pháp"));
        test(confirmation).cancel();
        assertThat(agencies.all().getFirst().active()).isTrue();

        test(button("common.save")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(agencies.all().getFirst().active()).isFalse();
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    void theFilterFindsAgenciesWithoutTypingDiacriticsAndKeepsTheQueryInTheAddress() {
        agencies.create(new AgencyForm("BTC", "Bộ Tài chính", "Ministry of Finance", "", true));
        UI.getCurrent().navigate("admin/agencies", QueryParameters.of(ListFilter.PARAMETER, "tai chinh"));

        assertThat(codesInTheList()).containsExactly("BTC");
        test($(ListFilter.class).single()).setValue("");
        assertThat(codesInTheList()).containsExactlyInAnyOrder("BTP", "BTC");
        test($(ListFilter.class).single()).setValue("zzz");
        assertThat(codesInTheList()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo(t("agencies.list.no-match"));
    }
}
