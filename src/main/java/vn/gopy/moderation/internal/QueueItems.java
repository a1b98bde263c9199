package vn.gopy.moderation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentForModeration;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.moderation.QueueItem;

/** Puts together what a moderator sees of queued comments: the comment, its draft and article, flags, group. */
@Component
public class QueueItems {

    private final CommentDecisions comments;
    private final DraftCatalog catalog;
    private final ModerationItemRepository items;
    private final Screening screening;

    QueueItems(CommentDecisions comments, DraftCatalog catalog, ModerationItemRepository items, Screening screening) {
        this.comments = comments;
        this.catalog = catalog;
        this.items = items;
        this.screening = screening;
    }

    public List<QueueItem> of(List<ModerationItem> page) {
        Map<Long, CommentForModeration> byId = comments.forModeration(page.stream().map(ModerationItem::getCommentId).toList());
        Map<String, CommentTarget> targets = new HashMap<>();
        Map<Long, Integer> groupSizes = new HashMap<>();
        return page.stream().filter(i -> byId.containsKey(i.getCommentId())).map(i -> {
            CommentTarget target = targets.computeIfAbsent(i.getDraftId() + "/" + i.getArticleLabel(),
                    key -> target(i.getDraftId(), i.getArticleLabel()));
            int groupSize = i.getGroupId() == null ? 0
                    : groupSizes.computeIfAbsent(i.getGroupId(), g -> (int) items.countInGroup(g));
            return new QueueItem(byId.get(i.getCommentId()), target == null ? "" : target.draft().title(),
                    target == null || target.draft().agency() == null ? "" : target.draft().agency().nameVi(),
                    target == null ? null : target.articleTitle(), target == null ? null : target.articleBody(),
                    i.flags(), i.getGroupId(), groupSize, screening.personalData(byId.get(i.getCommentId()).text()));
        }).filter(Objects::nonNull).toList();
    }

    private CommentTarget target(long draftId, String articleLabel) {
        try {
            return catalog.commentTarget(draftId, articleLabel);
        } catch (NotFoundException e) {
            try {
                return catalog.commentTarget(draftId, null); // the article left the current text
            } catch (NotFoundException gone) {
                return null;
            }
        }
    }
}
