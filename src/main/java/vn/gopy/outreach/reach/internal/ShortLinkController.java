package vn.gopy.outreach.reach.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.comments.Referral;
import vn.gopy.common.PortalTime;
import vn.gopy.outreach.QrCode;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.ShortLinkTarget;
import vn.gopy.outreach.reach.ShortLinks;

/**
 * The short link of a channel ({@code /c/bx7k2m4}) and its QR code ({@code /qr/c/bx7k2m4.png|.svg}). A visit
 * adds one to the channel's count of the day and leads to the draft with the channel in the address, so that
 * a comment can be counted for it too. No cookie, no session, nothing about the visitor is stored; the
 * redirect is not cached, or a second click from the same browser would not reach us. A retired channel's
 * link still leads to the draft (it may be printed on posters still on the wall), as a plain link.
 */
@RestController
class ShortLinkController {

    private final Channels channels;
    private final ChannelCounts counts;
    private final VisitFilter filter;
    private final ShortLinks links;
    private final Clock clock;

    ShortLinkController(Channels channels, ChannelCounts counts, VisitFilter filter, ShortLinks links, Clock clock) {
        this.channels = channels;
        this.counts = counts;
        this.filter = filter;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/c/{code}")
    ResponseEntity<byte[]> visit(@PathVariable String code, HttpServletRequest request) {
        ShortLinkTarget target = channels.target(code).orElse(null);
        if (target == null) {
            return notFound();
        }
        if (target.active() && filter.isVisit(request)) {
            counts.visit(target.channelId(), PortalTime.today(clock));
        }
        String draft = "/drafts/" + target.draftId();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(target.active() ? draft + "?" + Referral.PARAMETER + "=" + target.code() : draft))
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/qr/c/{code}.{extension}")
    ResponseEntity<byte[]> qr(@PathVariable String code, @PathVariable String extension) {
        ShortLinkTarget target = channels.target(code).orElse(null);
        if (target == null || !("png".equals(extension) || "svg".equals(extension))) {
            return notFound();
        }
        String link = links.shortLink(target.code());
        QrCode qr = QrCode.of(link);
        boolean png = "png".equals(extension);
        byte[] body = png ? qr.png(600) : qr.svg(link).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(png ? MediaType.IMAGE_PNG : MediaType.parseMediaType("image/svg+xml"))
                .header("Content-Disposition", "inline; filename=\"gopy-" + target.code() + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache()).body(body);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN,
                StandardCharsets.UTF_8)).body("Không tìm thấy liên kết này. / Link not found.".getBytes(StandardCharsets.UTF_8));
    }
}
