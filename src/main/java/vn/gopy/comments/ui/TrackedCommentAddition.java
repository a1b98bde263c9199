package vn.gopy.comments.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import vn.gopy.comments.TrackedComment;

/**
 * Lets another module add to what an author sees on the tracking page, without the comments module knowing it
 * (as {@code DraftPageAddition} does for the draft's page): the feedback module shows the drafting agency's
 * answer once its reception report is published. Asked only after the number and e-mail address matched.
 */
@NamedInterface("tracking-additions")
public interface TrackedCommentAddition {

    /** What to show below the comment (null: nothing). */
    Component forComment(TrackedComment comment);
}
