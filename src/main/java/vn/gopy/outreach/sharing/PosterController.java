package vn.gopy.outreach.sharing;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.ShortLinks;

/** {@code /posters/drafts/<id>} ({@code ?lang=en} in English): the printable A4 poster of a public draft. */
@RestController
class PosterController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final DraftCatalog drafts;
    private final SharingLinks links;
    private final I18NProvider translations;
    private final Channels channels;
    private final ShortLinks shortLinks;

    PosterController(DraftCatalog drafts, SharingLinks links, I18NProvider translations, Channels channels,
            ShortLinks shortLinks) {
        this.channels = channels;
        this.shortLinks = shortLinks;
        this.drafts = drafts;
        this.links = links;
        this.translations = translations;
    }

    /**
     * With {@code ?kenh=<code>} of one of the draft's active channels, the QR code is that channel's short link,
     * so that a poster campaign counts the people it brings; any other code is ignored.
     */
    @GetMapping("/posters/drafts/{draftId}")
    ResponseEntity<String> poster(@PathVariable String draftId, @RequestParam(required = false) String lang,
            @RequestParam(name = "kenh", required = false) String channel) {
        CardTexts texts = new CardTexts(translations, CardTexts.locale(lang));
        return SharedPages.draftId(draftId).flatMap(drafts::publicCard)
                .map(card -> ResponseEntity.ok().contentType(HTML)
                        .body(PosterPage.render(card, texts, address(card.id(), channel))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(EmbedCardPage.notFound(texts)));
    }

    private String address(long draftId, String channel) {
        return channels.target(channel).filter(target -> target.active() && target.draftId() == draftId)
                .map(target -> shortLinks.shortLink(target.code())).orElseGet(() -> links.draft(draftId));
    }
}
