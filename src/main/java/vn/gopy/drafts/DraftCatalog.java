package vn.gopy.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.internal.AttachmentStore;
import vn.gopy.drafts.internal.DraftRepository;
import vn.gopy.drafts.internal.TextBlockRepository;
import vn.gopy.security.CurrentStaff;

/**
 * What anyone may read: consultations that are public, their text in every published version, and their
 * attachments. Staff of the drafting agency may also preview a draft that is not public yet.
 */
@Service
@Transactional(readOnly = true)
public class DraftCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    private final DraftRepository drafts;
    private final TextBlockRepository blocks;
    private final AttachmentStore attachmentStore;
    private final DraftCards cards;
    private final DraftPages pages;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DraftCatalog(DraftRepository drafts, TextBlockRepository blocks, AttachmentStore attachmentStore, DraftCards cards,
            DraftPages pages, CurrentStaff currentStaff, Clock clock) {
        this.drafts = drafts;
        this.blocks = blocks;
        this.attachmentStore = attachmentStore;
        this.cards = cards;
        this.pages = pages;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Open consultations, closing soonest first. */
    public List<DraftCard> openNow(int limit) {
        return browse(new DraftFilter(null, null, DraftStatus.OPEN), 0, limit).items();
    }

    /** Published consultations that have not opened yet, opening soonest first. */
    public List<DraftCard> upcoming(int limit) {
        return browse(new DraftFilter(null, null, DraftStatus.SCHEDULED), 0, limit).items();
    }

    /** Consultations that closed, most recently closed first. */
    public List<DraftCard> recentlyClosed(int limit) {
        return browse(new DraftFilter(null, null, DraftStatus.CLOSED), 0, limit).items();
    }

    public PageOf<DraftCard> browse(DraftFilter filter, int page, int pageSize) {
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        Instant now = clock.instant();
        Page<Draft> result = drafts.findAll(PublicDrafts.matching(filter, now),
                PageRequest.of(Math.max(0, page), size, sortFor(filter.status())));
        return new PageOf<>(cards.of(result.getContent(), now), result.getNumber(), size, result.getTotalElements());
    }

    /**
     * Open consultations in the scope, most recently opened first, at most {@code limit} (up to
     * {@link #MAX_PAGE_SIZE}): what a feed of open consultations lists.
     */
    public List<ListedDraft> latestOpen(DraftScope scope, int limit) {
        Instant now = clock.instant();
        List<Draft> found = drafts.findAll(PublicDrafts.openIn(scope, now), PageRequest.of(0,
                Math.clamp(limit, 1, MAX_PAGE_SIZE), Sort.by(Sort.Order.desc("window.opensAt"), Sort.Order.desc("id"))))
                .getContent();
        List<DraftCard> listed = cards.of(found, now);
        return IntStream.range(0, found.size()).mapToObj(i -> new ListedDraft(listed.get(i),
                found.get(i).impact().sectors(), found.get(i).impact().provinces())).toList();
    }

    private static Sort sortFor(DraftStatus status) {
        if (status == null) {
            return Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
        }
        return switch (status) {
            case OPEN -> Sort.by(Sort.Order.asc("window.closesAt"), Sort.Order.asc("id"));
            case SCHEDULED -> Sort.by(Sort.Order.asc("window.opensAt"), Sort.Order.asc("id"));
            default -> Sort.by(Sort.Order.desc("window.closesAt"), Sort.Order.desc("id"));
        };
    }

    /** A draft's page at its latest published version, or at {@code versionNumber} when given. */
    public DraftPage page(long draftId, Integer versionNumber) {
        Draft draft = visible(draftId);
        DraftVersion version = versionNumber == null ? draft.versions().current()
                : draft.versions().number(versionNumber).filter(v -> v.isPublished() || !draft.getStatus().isPublic())
                        .orElseThrow(() -> new NotFoundException("Version " + versionNumber + " of draft " + draftId));
        return pages.of(draft, version, blocks.findViewsByVersion(version.getId()), clock.instant());
    }

    /**
     * What a comment on a public draft is about: the draft's card at this moment (its status says whether
     * the consultation is open), its current version, and the article with this label when one is given.
     */
    public CommentTarget commentTarget(long draftId, String articleLabel) {
        Draft draft = drafts.findById(draftId).filter(d -> d.getStatus().isPublic())
                .orElseThrow(() -> new NotFoundException("Draft " + draftId));
        DraftVersion version = draft.versions().current();
        TextBlockView article = articleLabel == null ? null : blocks.findArticle(version.getId(), articleLabel)
                .orElseThrow(() -> new NotFoundException("Article " + articleLabel + " of draft " + draftId));
        return new CommentTarget(cards.of(draft, clock.instant()), version.getNumber(),
                article == null ? null : article.label(), article == null ? null : article.title(),
                article == null ? null : article.body());
    }

    /** The draft's card and its published versions, without loading any text. */
    /**
     * A public draft's card as it is now, whoever asks: for what travels beyond the portal (feeds' previews,
     * embedded cards, posters), where a drafter's preview of an unpublished draft must never appear.
     */
    public Optional<DraftCard> publicCard(long draftId) {
        return drafts.findById(draftId).filter(draft -> draft.getStatus().isPublic())
                .map(draft -> cards.of(draft, clock.instant()));
    }

    public DraftHistory history(long draftId) {
        Draft draft = visible(draftId);
        List<VersionInfo> published = draft.versions().all().stream().filter(DraftVersion::isPublished)
                .map(v -> new VersionInfo(v.getNumber(), v.getPublishedAt(), v.getChangeNote())).toList();
        return new DraftHistory(cards.of(draft, clock.instant()), published);
    }

    /** How two published versions differ, article by article. */
    public VersionComparison compare(long draftId, int fromNumber, int toNumber) {
        Draft draft = visible(draftId);
        DraftVersion from = publishedVersion(draft, fromNumber);
        DraftVersion to = publishedVersion(draft, toNumber);
        return VersionComparison.between(fromNumber, blocks.findViewsByVersion(from.getId()),
                toNumber, blocks.findViewsByVersion(to.getId()));
    }

    public AttachmentFile attachmentFile(long attachmentId) {
        Draft draft = drafts.findByAttachment(attachmentId)
                .filter(this::isVisible)
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        AttachmentInfo info = draft.attachments().stream().filter(a -> a.getId() == attachmentId).findFirst()
                .map(Attachment::info).orElseThrow();
        byte[] content = attachmentStore.load(attachmentId)
                .orElseThrow(() -> new NotFoundException("Content of attachment " + attachmentId));
        return new AttachmentFile(info.fileName(), info.mediaType(), content);
    }

    private DraftVersion publishedVersion(Draft draft, int number) {
        return draft.versions().number(number).filter(DraftVersion::isPublished)
                .orElseThrow(() -> new NotFoundException("Version " + number + " of draft " + draft.getId()));
    }

    private Draft visible(long draftId) {
        return drafts.findById(draftId).filter(this::isVisible)
                .orElseThrow(() -> new NotFoundException("Draft " + draftId));
    }

    private boolean isVisible(Draft draft) {
        return draft.getStatus().isPublic()
                || currentStaff.get().map(u -> u.mayActForAgency(draft.getAgencyId())).orElse(false);
    }
}
