package vn.gopy.outreach.sharing;

import static org.jsoup.nodes.Entities.escape;

import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;

/**
 * The card that other sites frame: a few kilobytes of HTML with its style inline and no script, so that it
 * loads fast on a phone inside a newspaper's article and cannot track or break the page around it. Every text
 * is escaped: titles and summaries are written by drafters, and this HTML is written by hand.
 */
final class EmbedCardPage {

    static final int SUMMARY_LENGTH = 220;

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.45 "Be Vietnam Pro","Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;background:#fff}
            .card{border:1px solid #d0d7de;border-left:6px solid #b0243a;border-radius:8px;padding:14px 16px;max-width:480px}
            .kicker{margin:0;font-size:13px;color:#57606a}
            h1{margin:4px 0 8px;font-size:19px;line-height:1.3}
            .time{margin:0 0 8px;display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font-size:14px}
            .badge{padding:1px 8px;border-radius:10px;background:#eaeef2;font-weight:600;font-size:13px}
            .open .badge{background:#dcf3e4;color:#1a6b3a}
            .open .left{font-weight:600;color:#1a6b3a}
            .summary{margin:0 0 12px;font-size:15px}
            .cta{display:inline-block;padding:10px 18px;border-radius:6px;background:#b0243a;color:#fff;font-weight:700;text-decoration:none}
            .cta:focus-visible{outline:3px solid #1f2328;outline-offset:2px}
            .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            .brand{margin:10px 0 0;font-size:12px;color:#57606a}
            """;

    private EmbedCardPage() {
    }

    static String render(DraftCard card, CardTexts texts, String draftAddress) {
        String title = escape(card.title());
        return "<!DOCTYPE html><html lang=\"" + texts.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + title + "</title><style>" + STYLE
                + "</style></head><body><article class=\"card" + (card.status() == DraftStatus.OPEN ? " open" : "")
                + "\"><p class=\"kicker\">" + escape(texts.documentType(card)) + " · " + escape(texts.agency(card))
                + "</p><h1 lang=\"" + escape(card.language() == null ? "vi" : card.language()) + "\">" + title
                + "</h1><p class=\"time\"><span class=\"badge\">" + escape(texts.status(card))
                + "</span><span class=\"left\">" + escape(texts.remaining(card)) + "</span></p><p class=\"summary\">"
                + escape(CardTexts.shortened(card.summary(), SUMMARY_LENGTH)) + "</p>"
                + "<a class=\"cta\" href=\"" + escape(draftAddress) + "\" target=\"_blank\" rel=\"noopener\">"
                + escape(texts.t("outreach.sharing.embed.comment")) + "<span class=\"vh\"> "
                + escape(texts.t("outreach.sharing.new-tab")) + "</span></a><p class=\"brand\">"
                + escape(texts.t("outreach.sharing.embed.brand")) + "</p></article></body></html>";
    }

    /** The page a frame shows when the draft is unknown or not public: the same for both, as elsewhere. */
    static String notFound(CardTexts texts) {
        return "<!DOCTYPE html><html lang=\"" + texts.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(texts.t("outreach.sharing.not-found"))
                + "</title><style>" + STYLE + "</style></head><body><div class=\"card\"><p>"
                + escape(texts.t("outreach.sharing.not-found")) + "</p></div></body></html>";
    }
}
