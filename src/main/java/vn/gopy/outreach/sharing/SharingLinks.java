package vn.gopy.outreach.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;
import vn.gopy.common.PublicAddress;

/**
 * The addresses that sharing a draft needs, all absolute (they leave the portal): the draft's page, the
 * networks' own share pages (plain links: no script of theirs ever runs on the portal), a mail, the
 * embeddable card, its snippet and the poster.
 */
@Component
public class SharingLinks {

    private final PublicAddress publicAddress;

    SharingLinks(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    public String draft(long draftId) {
        return publicAddress.link("drafts/" + draftId);
    }

    public String embed(long draftId) {
        return publicAddress.link("embed/drafts/" + draftId);
    }

    public String poster(long draftId) {
        return publicAddress.link("posters/drafts/" + draftId);
    }

    public String facebook(long draftId) {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(draft(draftId));
    }

    /** A mail to write: the title as its subject, a line and the address as its body (RFC 6068 encoding). */
    public String mail(long draftId, String subject, String body) {
        return "mailto:?subject=" + encode(subject) + "&body=" + encode(body + "\n\n" + draft(draftId));
    }

    /** What a newspaper or a ward's site pastes to show the draft's card: an iframe with an accessible title. */
    public String embedSnippet(long draftId, String title) {
        return "<iframe src=\"" + Entities.escape(embed(draftId)) + "\" title=\"" + Entities.escape(title)
                + "\" width=\"100%\" height=\"330\" style=\"border:0;max-width:480px\" loading=\"lazy\"></iframe>";
    }

    /** Percent-encoding for a query value: a space is %20, which mail clients read (a "+" they would keep). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
