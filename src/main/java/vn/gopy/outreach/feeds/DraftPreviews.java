package vn.gopy.outreach.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PlainText;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.outreach.feeds.LinkPreview.FeedLink;
import vn.gopy.shell.TranslationProvider;

/**
 * The link previews of the portal: a public draft's own (its title, summary and picture), and the portal's
 * general one for every other page. Drafts that are not public have no preview of their own, whoever asks,
 * so a staff member's preview link can never publish a title early.
 */
@Component
class DraftPreviews {

    static final int DESCRIPTION_LENGTH = 200;
    private static final Locale VI = TranslationProvider.VIETNAMESE;

    private final DraftCatalog catalog;
    private final PublicAddress address;
    private final FeedCatalog feeds;
    private final TranslationProvider text;

    DraftPreviews(DraftCatalog catalog, PublicAddress address, FeedCatalog feeds, TranslationProvider text) {
        this.catalog = catalog;
        this.address = address;
        this.feeds = feeds;
        this.text = text;
    }

    /** The preview of a draft's page, or of one of its articles when {@code articleLabel} is given. */
    Optional<LinkPreview> ofDraft(long draftId, String articleLabel) {
        return catalog.publicCard(draftId).map(card -> {
            String path = "/drafts/" + card.id();
            String title = card.title();
            CommentTarget article = articleLabel == null ? null : article(draftId, articleLabel);
            if (article != null) {
                path += "/articles/" + UriUtils.encodePathSegment(article.articleLabel(), StandardCharsets.UTF_8);
                title = articleHeading(article) + " — " + card.title();
            }
            List<FeedLink> links = new ArrayList<>(List.of(allFeed()));
            if (card.agency() != null) {
                links.add(new FeedLink(text.getTranslation("outreach.feeds.discovery.agency", VI,
                        card.agency().nameVi()), address.link(FeedCatalog.agencyPath(card.agency()))));
            }
            return new LinkPreview(title, description(card.summary()), address.link(path), imageOf(card),
                    text.getTranslation("outreach.feeds.preview.alt", VI, card.title()), "article",
                    "en".equals(card.language()) ? "en_US" : "vi_VN", links);
        });
    }

    LinkPreview general(String path) {
        return new LinkPreview(text.getTranslation("outreach.feeds.preview.portal-title", VI),
                text.getTranslation("outreach.feeds.preview.portal-description", VI), address.link(path),
                address.link("/previews/portal.png"), text.getTranslation("outreach.feeds.preview.portal-alt", VI),
                "website", "vi_VN", List.of(allFeed()));
    }

    /** The picture's address changes with the draft, so that networks that cache pictures fetch the new one. */
    private String imageOf(DraftCard card) {
        Instant changed = card.updatedAt() == null ? Instant.EPOCH : card.updatedAt();
        return address.link("/previews/drafts/" + card.id() + ".png?v=" + changed.getEpochSecond());
    }

    private FeedLink allFeed() {
        return new FeedLink(text.getTranslation("outreach.feeds.discovery.all", VI), address.link(feeds.all().selfPath()));
    }

    private CommentTarget article(long draftId, String label) {
        try {
            return catalog.commentTarget(draftId, label);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** "Điều 3. Quyền góp ý", as the article's heading reads in the text. */
    private String articleHeading(CommentTarget target) {
        String heading = text.getTranslation("drafts.block-kind.ARTICLE", VI) + " " + target.articleLabel();
        return target.articleTitle() == null || target.articleTitle().isBlank() ? heading
                : heading + ". " + PlainText.singleLine(target.articleTitle());
    }

    /** One line of at most {@link #DESCRIPTION_LENGTH} characters, cut at a word. */
    static String description(String summary) {
        String line = summary == null ? "" : PlainText.singleLine(summary);
        if (line.codePointCount(0, line.length()) <= DESCRIPTION_LENGTH) {
            return line;
        }
        String cut = line.substring(0, line.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1));
        int space = cut.lastIndexOf(' ');
        return (space > DESCRIPTION_LENGTH / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
