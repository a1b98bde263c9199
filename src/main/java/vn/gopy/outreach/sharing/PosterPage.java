package vn.gopy.outreach.sharing;

import static org.jsoup.nodes.Entities.escape;

import vn.gopy.drafts.DraftCard;
import vn.gopy.outreach.QrCode;

/**
 * A4 poster of a draft for a ward office's notice board: big title, who drafts it, until when to comment, a
 * short summary and a QR code to the draft's page with the address written out for those who type it. Plain
 * HTML printed by the browser; the QR code is inline SVG, sharp at any size. Every text is escaped.
 */
final class PosterPage {

    static final int SUMMARY_LENGTH = 420;

    private static final String STYLE = """
            @page{size:A4 portrait;margin:14mm}
            *{box-sizing:border-box}
            body{margin:0;font-family:"Be Vietnam Pro","Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#000;background:#fff}
            .poster{max-width:182mm;margin:0 auto;display:flex;flex-direction:column;gap:5mm}
            .banner{margin:0;padding:3mm 5mm;background:#b0243a;color:#fff;font-size:16pt;font-weight:700;letter-spacing:.02em}
            .kicker{margin:0;font-size:13pt}
            h1{margin:0;font-size:30pt;line-height:1.15}
            .agency{margin:0;font-size:14pt}
            .dates{margin:0;font-size:13pt}
            .deadline{margin:0;font-size:22pt;font-weight:700;border:2px solid #000;padding:3mm 5mm}
            .summary{margin:0;font-size:13pt;line-height:1.45}
            .qr{display:flex;flex-direction:column;align-items:center;gap:2mm;margin-top:2mm;break-inside:avoid}
            .qr svg{width:75mm;height:75mm}
            .qr .how{margin:0;font-size:14pt;font-weight:700}
            .qr .address{margin:0;font:13pt/1.3 monospace;word-break:break-all;text-align:center}
            .hint{margin:4mm auto;max-width:182mm;padding:3mm 5mm;background:#fff8c5;border:1px solid #d4a72c;font-size:12pt}
            @media screen{body{background:#eee;padding:8px}.poster{background:#fff;padding:10mm;box-shadow:0 1px 6px #0003}}
            @media screen and (max-width:600px){.poster{padding:4mm}h1{font-size:22pt}.deadline{font-size:16pt}.qr svg{width:60vw;height:60vw}}
            @media print{.hint{display:none}}
            """;

    private PosterPage() {
    }

    static String render(DraftCard card, CardTexts texts, String draftAddress) {
        String title = escape(card.title());
        return "<!DOCTYPE html><html lang=\"" + texts.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(texts.t("outreach.sharing.poster.page-title", card.title())) + "</title><style>" + STYLE
                + "</style></head><body><p class=\"hint\" role=\"note\">" + escape(texts.t("outreach.sharing.poster.hint"))
                + "</p><main class=\"poster\"><p class=\"banner\">" + escape(texts.t("outreach.sharing.poster.banner"))
                + "</p><p class=\"kicker\">" + escape(texts.documentType(card)) + "</p><h1 lang=\""
                + escape(card.language() == null ? "vi" : card.language()) + "\">" + title + "</h1><p class=\"agency\">"
                + escape(texts.t("drafts.page.agency", texts.agency(card))) + "</p><p class=\"dates\">"
                + escape(texts.t("outreach.sharing.poster.dates", texts.date(card.opensAt()), texts.lastDay(card)))
                + "</p><p class=\"deadline\">" + escape(deadline(card, texts)) + "</p><p class=\"summary\">"
                + escape(CardTexts.shortened(card.summary(), SUMMARY_LENGTH)) + "</p><div class=\"qr\">"
                + QrCode.of(draftAddress).svg(texts.t("outreach.sharing.poster.qr-title", card.title()))
                + "<p class=\"how\">" + escape(texts.t("outreach.sharing.poster.scan")) + "</p><p class=\"address\">"
                + escape(draftAddress) + "</p></div></main></body></html>";
    }

    /** "Góp ý đến hết ngày …" while comments can still come; after the window, that it has ended. */
    private static String deadline(DraftCard card, CardTexts texts) {
        return switch (card.status()) {
            case OPEN, SCHEDULED -> texts.t("outreach.sharing.poster.until", texts.lastDay(card));
            default -> texts.remaining(card);
        };
    }
}
