package vn.gopy.moderation;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.PageOf;
import vn.gopy.moderation.internal.Grouping;
import vn.gopy.moderation.internal.ModerationItem;
import vn.gopy.moderation.internal.ModerationItemRepository;
import vn.gopy.moderation.internal.QueueItems;
import vn.gopy.moderation.internal.WaitingItems;
import vn.gopy.security.Role;

/** The moderators' queue: comments waiting for a decision, oldest first, with filters. */
@Service
@RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
@Transactional(readOnly = true)
public class ModerationQueue {

    public static final int MAX_PAGE_SIZE = 100;

    private final ModerationItemRepository items;
    private final QueueItems queueItems;
    private final Grouping grouping;
    private final DraftCatalog catalog;

    ModerationQueue(ModerationItemRepository items, QueueItems queueItems, Grouping grouping, DraftCatalog catalog) {
        this.items = items;
        this.queueItems = queueItems;
        this.grouping = grouping;
        this.catalog = catalog;
    }

    public PageOf<QueueItem> waiting(QueueFilter filter, int page, int pageSize) {
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        Page<ModerationItem> result = items.findAll(WaitingItems.matching(filter),
                PageRequest.of(Math.max(0, page), size, WaitingItems.OLDEST_FIRST));
        return new PageOf<>(queueItems.of(result.getContent()), result.getNumber(), size, result.getTotalElements());
    }

    public long count(QueueFilter filter) {
        return items.count(WaitingItems.matching(filter));
    }

    /** One queued comment, waiting or decided. */
    public Optional<QueueItem> item(long commentId) {
        return items.findById(commentId).map(i -> queueItems.of(List.of(i))).filter(l -> !l.isEmpty()).map(List::getFirst);
    }

    public Optional<FormLetterGroup> group(long groupId) {
        return grouping.group(groupId);
    }

    /** A draft's largest form-letter groups, largest first. */
    public List<FormLetterGroup> largestGroups(long draftId, int limit) {
        return grouping.largest(draftId, Math.clamp(limit, 1, 50));
    }

    /** The drafts that have comments waiting, for the queue's filter, by title. */
    public List<Choice> draftsWithWaiting() {
        return items.draftsWithWaiting().stream().map(id -> new Choice(id, catalog.history(id).card().title()))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList();
    }

    /** The agencies whose drafts have comments waiting, for the queue's filter, by name. */
    public List<Choice> agenciesWithWaiting() {
        return items.draftsWithWaiting().stream().map(id -> catalog.history(id).card().agency())
                .filter(java.util.Objects::nonNull).distinct().map(a -> new Choice(a.id(), a.nameVi()))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList();
    }
}
