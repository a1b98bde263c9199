package vn.gopy.moderation.internal.grouping;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups near-identical comments of a draft as they arrive (form letters of a campaign), by MinHash signatures
 * of 3-word shingles and LSH bands; see docs/decisions/0016-form-letter-grouping.md. Each draft's index is
 * built from the table the first time the draft is needed, so a restart loses nothing. One application node:
 * the index lives in this JVM.
 */
@Component
public class FormLetters {

    /** Texts with fewer shingles (about 12 words) are never grouped: "Tôi đồng ý" a thousand times is no campaign. */
    static final int MIN_SHINGLES = 10;
    /** Estimated Jaccard similarity of shingles from which two comments are copies of one letter. */
    static final double SAME_LETTER = 0.5;
    static final int SAMPLED_MEMBERS = 200;

    private final FormLetterStore store;
    private final CommentTexts texts;
    private final TransactionTemplate ownTransaction;
    private final Map<Long, DraftIndex> indexes = new ConcurrentHashMap<>();

    public FormLetters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.store = new FormLetterStore(jdbc, clock);
        this.texts = new CommentTexts(jdbc);
        this.ownTransaction = new TransactionTemplate(transactions);
        // Committed before the index changes and the draft's lock is released: the index never shows what a
        // rolled-back transaction wrote, and the next comment of the draft sees this one's group.
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Puts a comment into the group of its nearest copy among the draft's comments, or starts a group with an
     * ungrouped copy, or leaves it alone. Safe from several threads (one comment of a draft at a time); calling it
     * again for the same comment changes nothing and answers the same.
     */
    public Assignment assign(long commentId, long draftId, String text) {
        long[] shingles = Shingles.of(text);
        if (shingles.length < MIN_SHINGLES) {
            return Assignment.none(commentId);
        }
        int[] signature = MinHash.signature(shingles);
        boolean rebuilt = false;
        while (true) {
            DraftIndex index = indexes.computeIfAbsent(draftId, store::load);
            synchronized (index) {
                if (indexes.get(draftId) != index) {
                    continue; // rebuilt by another thread while this one waited
                }
                try {
                    return assign(index, commentId, draftId, signature);
                } catch (DataIntegrityViolationException e) {
                    // A comment or group of the index was deleted since the index was built (its rows went with
                    // it): the table is the truth, so the index is built again, once.
                    indexes.remove(draftId);
                    if (rebuilt) {
                        throw e;
                    }
                    rebuilt = true;
                }
            }
        }
    }

    private Assignment assign(DraftIndex index, long commentId, long draftId, int[] signature) {
        if (index.contains(commentId)) {
            return store.assignmentOf(commentId);
        }
        DraftIndex.Match match = index.bestMatch(signature, SAME_LETTER);
        Assignment assignment = ownTransaction.execute(status -> {
            store.saveSignature(commentId, draftId, signature);
            if (match == null) {
                return Assignment.none(commentId);
            }
            if (match.groupId() != 0) {
                int size = store.join(match.groupId(), commentId);
                // The first comment is often an odd copy (its own greeting, a sentence added): each time the group
                // doubles, its most typical member becomes the representative, and what varies reads as personal
                // changes rather than as the first author's.
                if (size >= 4 && Integer.bitCount(size) == 1) {
                    store.setRepresentative(match.groupId(), index.mostTypicalMember(match.groupId(), SAMPLED_MEMBERS));
                }
                return Assignment.joined(commentId, match.groupId(), size);
            }
            return Assignment.joined(commentId, store.startGroup(draftId, match.commentId(), commentId), 2);
        });
        long groupId = assignment.groupId().orElse(0);
        index.add(commentId, signature, groupId);
        if (match != null && match.groupId() == 0) {
            index.setGroup(match.slot(), groupId);
        }
        return assignment;
    }

    /**
     * Forgets the indexes loaded so far; each is loaded again from the table when next needed. For when the tables
     * were emptied behind the index's back (the tests do, restarting the ids).
     */
    public void forgetLoadedIndexes() {
        indexes.clear();
    }

    public OptionalLong groupOf(long commentId) {
        return store.groupOf(commentId);
    }

    /** The group with its count, representative and what varies over a sample of at most 200 members. */
    public Optional<GroupView> group(long groupId) {
        return store.group(groupId).map(row -> {
            List<Long> sample = store.sampleOfMembers(groupId, row.representativeCommentId(), SAMPLED_MEMBERS);
            List<Long> wanted = new ArrayList<>(sample);
            wanted.add(row.representativeCommentId());
            Map<Long, String> textById = texts.of(wanted);
            String representative = textById.getOrDefault(row.representativeCommentId(), "");
            List<String> members = sample.stream().map(textById::get).filter(t -> t != null).toList();
            WhatVaries.Summary varies = WhatVaries.of(representative, members);
            return new GroupView(row.id(), row.draftId(), row.size(), row.representativeCommentId(), representative,
                    row.createdAt(), members.size(), varies.changedAt(), varies.variations());
        });
    }

    /** A draft's largest groups, largest first. */
    public List<GroupView> largest(long draftId, int limit) {
        return store.largest(draftId, limit).stream().flatMap(id -> group(id).stream()).toList();
    }

    /** Heap taken by the indexes loaded so far, in bytes (the arrays; about 60 bytes a comment more for ids). */
    public long indexBytes() {
        long bytes = 0;
        for (DraftIndex index : indexes.values()) {
            synchronized (index) {
                bytes += index.bytes();
            }
        }
        return bytes;
    }
}
