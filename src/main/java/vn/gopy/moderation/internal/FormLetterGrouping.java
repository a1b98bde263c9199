package vn.gopy.moderation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.gopy.moderation.FormLetterGroup;
import vn.gopy.moderation.internal.grouping.Assignment;
import vn.gopy.moderation.internal.grouping.FormLetters;
import vn.gopy.moderation.internal.grouping.GroupView;

/** The queue's view of the MinHash grouping (decision 16): which comments joined, groups as the API shows them. */
@Component
class FormLetterGrouping implements Grouping {

    private final FormLetters formLetters;

    FormLetterGrouping(FormLetters formLetters) {
        this.formLetters = formLetters;
    }

    @Override
    public Optional<Joined> assign(long commentId, long draftId, String text) {
        Assignment assignment = formLetters.assign(commentId, draftId, text);
        if (!assignment.grouped()) {
            return Optional.empty();
        }
        long groupId = assignment.groupId().getAsLong();
        // A group of two was started by this comment with an earlier one, which joins it now too.
        List<Long> joined = assignment.groupSize() == 2
                ? formLetters.group(groupId).map(g -> List.of(commentId, g.representativeCommentId())).orElse(List.of(commentId))
                : List.of(commentId);
        return Optional.of(new Joined(groupId, assignment.groupSize(), joined));
    }

    @Override
    public Optional<FormLetterGroup> group(long groupId) {
        return formLetters.group(groupId).map(FormLetterGrouping::view);
    }

    @Override
    public List<FormLetterGroup> largest(long draftId, int limit) {
        return formLetters.largest(draftId, limit).stream().map(FormLetterGrouping::view).toList();
    }

    private static FormLetterGroup view(GroupView g) {
        return new FormLetterGroup(g.id(), g.draftId(), g.size(), g.representativeCommentId(), g.representativeText(),
                g.sampledMembers(), g.variations().stream().map(v -> new FormLetterGroup.Variation(
                        FormLetterGroup.Place.valueOf(v.place().name()), v.representativeWords(), v.memberWords(),
                        v.members())).toList());
    }
}
