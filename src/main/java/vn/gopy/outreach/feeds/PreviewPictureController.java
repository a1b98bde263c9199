package vn.gopy.outreach.feeds;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.common.Downloads;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.shell.TranslationProvider;

/**
 * Serves the link-preview pictures: {@code /previews/drafts/<id>.png} for a public draft and
 * {@code /previews/portal.png} for the rest. Drawing takes tens of milliseconds and a shared link brings
 * crawlers in bursts, so pictures are kept in memory by what they show (a bounded cache), and browsers and
 * networks may keep them for an hour: the days left change once a day.
 */
@RestController
class PreviewPictureController {

    private static final Locale VI = TranslationProvider.VIETNAMESE;
    private static final CacheControl ONE_HOUR = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final DraftCatalog drafts;
    private final TranslationProvider text;
    private final Cache<PreviewPicture.Text, byte[]> pictures = Caffeine.newBuilder().maximumSize(200).build();

    PreviewPictureController(DraftCatalog drafts, TranslationProvider text) {
        this.drafts = drafts;
        this.text = text;
    }

    @GetMapping("/previews/drafts/{draftId}.png")
    ResponseEntity<byte[]> draft(@PathVariable String draftId) {
        if (!draftId.matches("[0-9]{1,18}")) {
            return Downloads.notFound();
        }
        return drafts.publicCard(Long.parseLong(draftId)).map(this::textOf).map(this::picture)
                .orElseGet(Downloads::notFound);
    }

    @GetMapping("/previews/portal.png")
    ResponseEntity<byte[]> portal() {
        return picture(new PreviewPicture.Text(site(), text.getTranslation("outreach.feeds.preview.portal-title", VI),
                t("portal-line"), ""));
    }

    private ResponseEntity<byte[]> picture(PreviewPicture.Text shown) {
        byte[] png = pictures.get(shown, PreviewPicture::png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(ONE_HOUR).body(png);
    }

    /** The cache key is what the picture shows, so a changed title or a new day draws a new picture. */
    private PreviewPicture.Text textOf(DraftCard card) {
        return new PreviewPicture.Text(site(), card.title(), card.agency() == null ? "" : card.agency().nameVi(),
                status(card));
    }

    private String status(DraftCard card) {
        return switch (card.status()) {
            case OPEN -> card.daysLeft() == 0 ? t("last-day") : t("days-left", card.daysLeft());
            case SCHEDULED -> card.daysUntilOpening() == 0 ? t("opens-today") : t("opens-in", card.daysUntilOpening());
            case CLOSED -> t("closed");
            case REPORT_PUBLISHED -> t("reported");
            case DRAFT -> "";
        };
    }

    private String site() {
        return t("band");
    }

    private String t(String key, Object... params) {
        return text.getTranslation("outreach.feeds.preview." + key, VI, params);
    }
}
