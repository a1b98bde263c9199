package vn.gopy.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.ui.FeedbackFixtures.Author;

/** What the feedback views' tests share: an agency with an open draft of three articles, and its drafter. */
abstract class FeedbackViewTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired FeedbackFixtures comments;
    @Autowired Dispositions dispositions;

    long agency;
    long draft;

    @BeforeEach
    void anOpenConsultation() {
        database.clear();
        agency = drafts.agency("BTP");
        draft = drafts.openDraft(agency, "GY-1", 40);
        TestStaff.anonymous();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    void asDrafter() {
        signIn(() -> TestStaff.drafterOf(agency));
    }

    long published(String article, String text) {
        return comments.published(draft, article, text, Author.individual("ha-noi"));
    }

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** A chart's data table, row by row, each row as its cells' texts (e.g. ["Hà Nội", "5"]). */
    static List<List<String>> rows(Component chart) {
        NativeTable table = descendants(chart).stream().filter(NativeTable.class::isInstance)
                .map(NativeTable.class::cast).findFirst().orElseThrow(() -> new AssertionError("No table in the chart"));
        return table.getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively().strip()).toList())
                .toList();
    }

    static List<Component> descendants(Component component) {
        List<Component> all = new java.util.ArrayList<>(List.of(component));
        component.getChildren().forEach(child -> all.addAll(descendants(child)));
        return all;
    }
}
