package vn.gopy.comments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.gopy.comments.Comment;
import vn.gopy.common.PortalTime;
import vn.gopy.common.PublicAddress;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.mail.Mail;

/** The mail with the confirmation link, in the language the author wrote in (templates in resources/mail). */
@Component
public class ConfirmationMail {

    static final String TEMPLATE = "comment-confirmation";
    private static final int EXCERPT = 300;

    private final PublicAddress address;

    ConfirmationMail(PublicAddress address) {
        this.address = address;
    }

    public Mail to(Comment comment, CommentTarget target, String token) {
        boolean english = "en".equals(comment.getLanguage());
        Locale locale = english ? Locale.ENGLISH : Locale.of("vi");
        String about = comment.getArticleLabel() == null
                ? (english ? "the whole draft" : "toàn bộ dự thảo")
                : (english ? "Article " : "Điều ") + comment.getArticleLabel()
                        + (target.articleTitle() == null || target.articleTitle().isBlank() ? "" : ". " + target.articleTitle());
        return new Mail(comment.getEmail(), locale, TEMPLATE, Map.of(
                "trackingNumber", comment.getTrackingNumber(),
                "draftTitle", target.draft().title(),
                "about", about,
                "confirmationLink", address.link("comments/confirm/" + token),
                "expires", when(comment.getConfirmationExpiresAt(), english),
                "trackingLink", address.link("track?number=" + URLEncoder.encode(comment.getTrackingNumber(), StandardCharsets.UTF_8)),
                "excerpt", excerpt(comment.getText())));
    }

    private static String when(Instant instant, boolean english) {
        DateTimeFormatter format = english ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy", Locale.of("vi"));
        return format.format(instant.atZone(PortalTime.ZONE)) + (english ? " (Vietnam time)" : "");
    }

    private static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT)).strip() + " …";
    }
}
