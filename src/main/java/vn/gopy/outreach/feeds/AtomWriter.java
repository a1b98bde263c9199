package vn.gopy.outreach.feeds;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.gopy.common.PlainText;
import vn.gopy.common.PortalTime;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.ListedDraft;
import vn.gopy.shell.TranslationProvider;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Writes a feed as Atom (RFC 4287). Every address is absolute (from {@code gopy.public-url}); an entry's id is
 * its draft's public page, which never changes for a draft; the summary is plain text with the consultation
 * window, so that readers that show only the summary still say until when one may comment.
 */
@Component
class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Locale VI = TranslationProvider.VIETNAMESE;

    private final PublicAddress address;
    private final Taxonomies taxonomies;
    private final TranslationProvider text;

    AtomWriter(PublicAddress address, Taxonomies taxonomies, TranslationProvider text) {
        this.address = address;
        this.taxonomies = taxonomies;
        this.text = text;
    }

    byte[] write(Feed feed, List<ListedDraft> drafts, Instant updated, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xml xml = new Xml(out)) {
            xml.root("feed", ATOM).lang("vi");
            xml.element("id", address.link(feed.selfPath()));
            xml.element("title", feed.title(), "type", "text");
            xml.element("subtitle", text.getTranslation("outreach.feeds.subtitle", VI, limit));
            xml.element("updated", Xml.time(updated));
            xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", address.link(feed.selfPath()));
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", address.link(feed.alternatePath()));
            xml.start("author").element("name", text.getTranslation("outreach.feeds.site-name", VI))
                    .element("uri", address.link("/")).end();
            xml.element("generator", "Gopy");
            drafts.forEach(d -> entry(xml, d));
            xml.end();
        }
        return out.toByteArray();
    }

    /** When an entry appeared in an open-consultations feed: when the draft was both public and open. */
    static Instant published(DraftCard card) {
        return later(card.publishedAt(), card.opensAt());
    }

    static Instant updated(DraftCard card) {
        return later(published(card), card.updatedAt());
    }

    private void entry(Xml xml, ListedDraft draft) {
        DraftCard card = draft.card();
        String page = address.link("/drafts/" + card.id());
        xml.start("entry");
        if (!"vi".equals(card.language())) {
            xml.lang(card.language());
        }
        xml.element("id", page);
        xml.element("title", card.title(), "type", "text");
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", page);
        xml.element("published", Xml.time(published(card)));
        xml.element("updated", Xml.time(updated(card)));
        xml.start("author").element("name", card.agency() == null ? "" : card.agency().nameVi()).end();
        draft.sectors().stream().sorted().forEach(code -> xml.empty("category", "term", code,
                "scheme", address.link("/feeds/sectors/"), "label", taxonomies.sectors().name(code, VI)));
        xml.empty("category", "term", card.documentType().code(), "scheme", address.link("/consultations?type="),
                "label", card.documentType().nameVi());
        xml.element("summary", summary(card), "type", "text");
        xml.end();
    }

    private String summary(DraftCard card) {
        StringBuilder summary = new StringBuilder();
        if (card.summary() != null && !card.summary().isBlank()) {
            summary.append(PlainText.normalise(card.summary()).strip()).append("\n\n");
        }
        summary.append(text.getTranslation("outreach.feeds.window", VI, PortalTime.dateTime(card.opensAt(), VI),
                PortalTime.dateTime(card.closesAt(), VI)));
        if (card.referenceNumber() != null && !card.referenceNumber().isBlank()) {
            summary.append(' ').append(text.getTranslation("outreach.feeds.reference", VI, card.referenceNumber()));
        }
        return summary.toString();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
