package vn.gopy.feedback;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.PageOf;
import vn.gopy.feedback.internal.AnswerItems;
import vn.gopy.feedback.internal.DispositionStore;
import vn.gopy.feedback.internal.DispositionStore.Target;
import vn.gopy.feedback.internal.FeedbackAccess;
import vn.gopy.security.Role;

/**
 * The drafting agency answers the published comments of its drafts ("tiếp thu, giải trình"): one at a time,
 * a campaign at once, or a selection. Answers can change until the reception report is published; then they
 * are the record and stay as published.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class Dispositions {

    public static final int MAX_PAGE_SIZE = 100;

    private final DispositionStore store;
    private final AnswerItems items;
    private final FeedbackAccess access;
    private final DraftCatalog catalog;
    private final Clock clock;

    Dispositions(DispositionStore store, AnswerItems items, FeedbackAccess access, DraftCatalog catalog, Clock clock) {
        this.store = store;
        this.items = items;
        this.access = access;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Answers a published comment; a campaign's letters all get the answer. Returns the comments answered. */
    public int answer(long commentId, Answer answer) {
        Answer checked = answer.checked();
        Target target = answerable(commentId);
        requireArticle(target.draftId(), checked.changedArticle());
        return store.answer(target.leadId(), checked, access.username(), clock.instant());
    }

    /** One answer for a selection, all of one draft; comments not published are skipped and counted. */
    public BulkAnswerOutcome answerAll(Collection<Long> commentIds, Answer answer) {
        Answer checked = answer.checked();
        Set<Long> leads = new LinkedHashSet<>();
        Long draftId = null;
        int skipped = 0;
        for (long id : commentIds) {
            Target target = store.target(id).orElseThrow(() -> new NotFoundException("Comment " + id));
            if (draftId == null) {
                draftId = target.draftId();
                requireOpenForAnswers(draftId);
                requireArticle(draftId, checked.changedArticle());
            } else if (draftId != target.draftId()) {
                throw InvalidInputException.of("selection", "feedback.error.one-draft-at-a-time");
            }
            if (target.published()) {
                leads.add(target.leadId());
            } else {
                skipped++;
            }
        }
        int answered = 0;
        for (long lead : leads) {
            answered += store.answer(lead, checked, access.username(), clock.instant());
        }
        return new BulkAnswerOutcome(answered, skipped);
    }

    /** Takes an answer back (the undo of a mistaken answer); returns the comments it concerned. */
    public int withdraw(long commentId) {
        return store.withdraw(answerable(commentId).leadId());
    }

    @Transactional(readOnly = true)
    public PageOf<AnswerItem> items(long draftId, AnswerFilter filter, int page, int pageSize) {
        access.requireDraft(draftId);
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        int from = Math.max(0, page);
        return new PageOf<>(items.page(draftId, filter, from * size, size), from, size, items.count(draftId, filter));
    }

    @Transactional(readOnly = true)
    public long count(long draftId, AnswerFilter filter) {
        access.requireDraft(draftId);
        return items.count(draftId, filter);
    }

    @Transactional(readOnly = true)
    public Progress progress(long draftId) {
        access.requireDraft(draftId);
        return new Progress(store.answered(draftId), store.answerable(draftId));
    }

    private Target answerable(long commentId) {
        Target target = store.target(commentId).orElseThrow(() -> new NotFoundException("Comment " + commentId));
        requireOpenForAnswers(target.draftId());
        if (!target.published()) {
            throw InvalidInputException.of("comment", "feedback.error.not-published");
        }
        return target;
    }

    private void requireOpenForAnswers(long draftId) {
        DraftCard draft = access.requireDraft(draftId);
        if (draft.status() == DraftStatus.REPORT_PUBLISHED) {
            throw InvalidInputException.of("comment", "feedback.error.report-published");
        }
    }

    private void requireArticle(long draftId, String label) {
        if (label != null && catalog.page(draftId, null).article(label).isEmpty()) {
            throw InvalidInputException.of("changedArticle", "feedback.error.no-such-article", label);
        }
    }
}
