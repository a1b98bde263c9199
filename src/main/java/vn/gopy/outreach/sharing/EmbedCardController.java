package vn.gopy.outreach.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.drafts.DraftCatalog;

/**
 * {@code /embed/drafts/<id>} ({@code ?lang=en} in English): the card other sites put in an iframe. Plain Spring
 * MVC, no Vaadin, no session and no cookie (SecurityConfiguration keeps this route stateless and lets any site
 * frame it). Shared caches may keep it five minutes: the days left change once a day.
 */
@RestController
class EmbedCardController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final DraftCatalog drafts;
    private final SharingLinks links;
    private final I18NProvider translations;

    EmbedCardController(DraftCatalog drafts, SharingLinks links, I18NProvider translations) {
        this.drafts = drafts;
        this.links = links;
        this.translations = translations;
    }

    @GetMapping("/embed/drafts/{draftId}")
    ResponseEntity<String> card(@PathVariable String draftId, @RequestParam(required = false) String lang) {
        CardTexts texts = new CardTexts(translations, CardTexts.locale(lang));
        return SharedPages.draftId(draftId).flatMap(drafts::publicCard)
                .map(card -> ResponseEntity.ok().contentType(HTML)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .body(EmbedCardPage.render(card, texts, links.draft(card.id()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(EmbedCardPage.notFound(texts)));
    }
}
