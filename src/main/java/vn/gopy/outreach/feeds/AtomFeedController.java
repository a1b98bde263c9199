package vn.gopy.outreach.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.ListedDraft;
import vn.gopy.shell.TranslationProvider;

/**
 * Serves the Atom feeds of open consultations: {@code /feed.atom} and one per agency, sector and province
 * ({@code /feeds/agencies/<code>.atom}, {@code /feeds/sectors/<code>.atom}, {@code /feeds/provinces/<code>.atom}).
 * Each carries an ETag and Last-Modified, so Spring answers a reader that already has it with 304 and no body.
 */
@RestController
class AtomFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    /** Readers poll; the newest fifty open consultations are more than any reader shows. */
    static final int ENTRIES = 50;

    private final FeedCatalog feeds;
    private final DraftCatalog catalog;
    private final AtomWriter writer;
    private final TranslationProvider text;
    private final Clock clock;

    AtomFeedController(FeedCatalog feeds, DraftCatalog catalog, AtomWriter writer, TranslationProvider text,
            Clock clock) {
        this.feeds = feeds;
        this.catalog = catalog;
        this.writer = writer;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> all() {
        return serve(Optional.of(feeds.all()));
    }

    @GetMapping("/feeds/agencies/{code}.atom")
    ResponseEntity<byte[]> agency(@PathVariable String code) {
        return serve(feeds.agency(code));
    }

    @GetMapping("/feeds/sectors/{code}.atom")
    ResponseEntity<byte[]> sector(@PathVariable String code) {
        return serve(feeds.sector(code));
    }

    @GetMapping("/feeds/provinces/{code}.atom")
    ResponseEntity<byte[]> province(@PathVariable String code) {
        return serve(feeds.province(code));
    }

    private ResponseEntity<byte[]> serve(Optional<Feed> found) {
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(text.getTranslation("outreach.feeds.unknown", Locale.of("vi"))
                            .getBytes(StandardCharsets.UTF_8));
        }
        List<ListedDraft> drafts = catalog.latestOpen(found.get().scope(), ENTRIES);
        // An empty feed still needs a date: the hour keeps it (and its ETag) stable between polls.
        Instant updated = drafts.stream().map(d -> AtomWriter.updated(d.card())).max(Instant::compareTo)
                .orElse(clock.instant().truncatedTo(ChronoUnit.HOURS));
        byte[] body = writer.write(found.get(), drafts, updated, ENTRIES);
        return ResponseEntity.ok().contentType(ATOM).eTag(etag(body)).lastModified(updated.truncatedTo(ChronoUnit.SECONDS))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic()).body(body);
    }

    /** Of the body itself: a closing consultation leaves the feed without changing any entry's date. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
