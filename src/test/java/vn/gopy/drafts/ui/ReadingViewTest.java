package vn.gopy.drafts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.ViewTest;

/** What the reading views' tests share: opening an address as a reader types it, and reading it back. */
abstract class ReadingViewTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired ReadingFixtures fixtures;

    /** Every reading test starts from an empty portal with one agency, the Ministry of Justice. */
    long justice;

    @BeforeEach
    void oneAgency() {
        database.clear();
        justice = fixtures.agency("BTP");
    }

    /** Whether the browser shows {@code address}, query parameters in any order. */
    static boolean showsAddress(String address) {
        String[] expected = address.split("\\?", 2);
        var actual = UI.getCurrent().getInternals().getActiveViewLocation();
        return actual.getPath().equals(expected[0]) && actual.getQueryParameters()
                .equals(QueryParameters.fromString(expected.length > 1 ? expected[1] : ""));
    }

    /** The address the browser shows now. */
    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
