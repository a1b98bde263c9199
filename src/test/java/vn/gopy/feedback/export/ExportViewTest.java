package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.feedback.ui.export.ExportView;
import vn.gopy.shell.PageNotFoundView;
import vn.gopy.taxonomies.Taxonomies;

/** The export page as a drafter uses it: the count, the filters, an export in the background, the file. */
class ExportViewTest extends ViewTest {

    @Autowired ExportScenario scenario;
    @Autowired Taxonomies taxonomies;

    @BeforeEach
    void commentsInEverySituation() {
        scenario.build();
    }

    private String countText() {
        return $(Paragraph.class).withClassName("export-count").single().getText();
    }

    private Button exportButton() {
        return $(Button.class).withText(t("feedback.export.start")).single();
    }

    /** The export files in the temporary folder now. */
    private static Set<Path> exportFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("gopy-export-"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void aDrafterSeesHowManyCommentsMatchAndThatNoneMatchAFilterThatKeepsNone() {
        signIn(() -> TestStaff.drafterOf(scenario.agency));
        open("feedback/export?draft=" + scenario.draft);

        assertThat(countText()).isEqualTo(t("feedback.export.count", 5));
        assertThat(exportButton().isEnabled()).isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("feedback/export");

        @SuppressWarnings("unchecked")
        ComboBox<vn.gopy.taxonomies.Term> province = $(ComboBox.class).single();
        province.setValue(taxonomies.provinces().find("da-nang").orElseThrow());

        assertThat(countText()).isEqualTo(t("feedback.export.none"));
        assertThat(exportButton().isEnabled()).isFalse();
    }

    @Test
    void theAttachmentsCountAsFilesAndTheAgencyScopeCountsAllItsDrafts() {
        signIn(() -> TestStaff.drafterOf(scenario.agency));
        open("feedback/export");

        assertThat(countText()).isEqualTo(t("feedback.export.count", 5));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format = $(RadioButtonGroup.class).single();
        format.setValue(ExportFormat.ZIP);
        assertThat(countText()).isEqualTo(t("feedback.export.count-files", 5, 2));
    }

    @Test
    void anExportRunsInTheBackgroundThenOffersItsFileWhichGoesWhenThePageIsLeft() throws Exception {
        signIn(() -> TestStaff.drafterOf(scenario.agency));
        open("feedback/export?draft=" + scenario.draft);
        Set<Path> before = exportFiles();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format = $(RadioButtonGroup.class).single();
        format.setValue(ExportFormat.CSV);

        test(exportButton()).click();
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page polls while the export runs").isPositive();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (ui.getPollInterval() > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
            // What the browser sends every second while polling.
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }

        assertThat(ui.getPollInterval()).as("polling stops when the export has ended").isNegative();
        assertThat($(Paragraph.class).withClassName("export-status").single().getText())
                .isEqualTo(t("feedback.export.done", 5, t("feedback.export.unit.rows")));
        Anchor link = $(Anchor.class).withClassName("export-link").single();
        assertThat(link.getElement().getAttribute("download")).startsWith("gop-y-DT-2026-BXD-04-").endsWith(".csv");
        Set<Path> made = exportFiles();
        made.removeAll(before);
        assertThat(made).hasSize(1);
        Path file = made.iterator().next();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFSố theo dõi,").contains(scenario.masked);

        open("feedback/export?agency=" + scenario.agency);
        assertThat(file).doesNotExist();
    }

    @Test
    void anotherAgencysDraftIsNotFoundAndModeratorsCannotOpenThePage() {
        signIn(() -> TestStaff.drafterOf(scenario.otherAgency));
        open("feedback/export?draft=" + scenario.draft);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        open("feedback/export?agency=" + scenario.agency);
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);

        signIn(TestStaff::moderator);
        open("feedback/export?draft=" + scenario.draft);
        assertThat(getCurrentView()).isNotInstanceOf(ExportView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).doesNotContain("feedback/export");
    }
}
