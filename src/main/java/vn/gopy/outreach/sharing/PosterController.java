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

/** {@code /posters/drafts/<id>} ({@code ?lang=en} in English): the printable A4 poster of a public draft. */
@RestController
class PosterController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final SharedDrafts drafts;
    private final SharingLinks links;
    private final I18NProvider translations;

    PosterController(SharedDrafts drafts, SharingLinks links, I18NProvider translations) {
        this.drafts = drafts;
        this.links = links;
        this.translations = translations;
    }

    @GetMapping("/posters/drafts/{draftId}")
    ResponseEntity<String> poster(@PathVariable String draftId, @RequestParam(required = false) String lang) {
        CardTexts texts = new CardTexts(translations, CardTexts.locale(lang));
        return SharedPages.draftId(draftId).flatMap(drafts::publicCard)
                .map(card -> ResponseEntity.ok().contentType(HTML)
                        .body(PosterPage.render(card, texts, links.draft(card.id()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(EmbedCardPage.notFound(texts)));
    }
}
