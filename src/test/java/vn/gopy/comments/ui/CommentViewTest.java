package vn.gopy.comments.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.ViewTest;
import vn.gopy.comments.CommentService;

/** What the comments views' tests share: an empty portal with one agency, and the fixtures. */
abstract class CommentViewTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired CommentUiFixtures fixtures;
    @Autowired CommentService comments;
    @Autowired TestClock clock;

    long justice;

    @BeforeEach
    void oneAgency() {
        database.clear();
        justice = fixtures.agency("BTP");
    }

    @AfterEach
    void timeRunsNormallyAgain() {
        clock.reset();
    }

    /** The text of the whole current view, as a screen reader would read it. */
    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
