package vn.gopy.outreach.alerts.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.nodes.Entities;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gopy.outreach.alerts.AlertService;
import vn.gopy.outreach.alerts.Preferences;

/**
 * {@code /unsubscribe/<token>}, the address in every alert mail's List-Unsubscribe header (RFC 8058). A POST
 * unsubscribes at once, without session or CSRF token (the secret is the address): that is the mail client's
 * one-click button, and the form of the page. A GET only shows the page with its button, because mail
 * scanners open every link of a mail and must not unsubscribe anyone by doing so.
 */
@RestController
class UnsubscribePage {

    private final AlertService alerts;
    private final AlertLinks links;

    UnsubscribePage(AlertService alerts, AlertLinks links) {
        this.alerts = alerts;
        this.links = links;
    }

    @GetMapping("/unsubscribe/{token}")
    ResponseEntity<String> ask(@PathVariable String token) {
        var preferences = alerts.preferences(token, Locale.of("vi"));
        if (preferences.isEmpty()) {
            return page(404, Locale.of("vi"), "Liên kết không hợp lệ", "Liên kết hủy nhận tin này không đúng hoặc"
                    + " đã hết hiệu lực. Nếu bạn vẫn nhận thư báo, hãy dùng liên kết trong thư mới nhất.", null, null);
        }
        Locale locale = preferences.get().language();
        boolean english = english(locale);
        String form = "<form method=\"post\" action=\"/unsubscribe/" + Entities.escape(token) + "\">"
                + "<button type=\"submit\" class=\"unsubscribe-button\">"
                + (english ? "Unsubscribe from all alerts" : "Hủy nhận mọi thư báo") + "</button></form>";
        return page(200, locale, english ? "Stop Gopy alerts?" : "Hủy nhận thư báo của Cổng Góp ý?",
                english ? "Press the button to stop all alert mails to your address."
                        : "Bấm nút dưới đây để không nhận thư báo nào nữa.", form, token);
    }

    @PostMapping("/unsubscribe/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick) {
        var preferences = alerts.preferences(token, Locale.of("vi"));
        boolean known = alerts.unsubscribe(token);
        if ("One-Click".equals(oneClick)) { // a mail client: it shows nobody the page, a status is enough
            return ResponseEntity.status(known ? 200 : 404).contentType(MediaType.TEXT_PLAIN)
                    .body(known ? "Unsubscribed" : "Unknown address");
        }
        Locale locale = preferences.map(Preferences::language).orElse(Locale.of("vi"));
        boolean english = english(locale);
        if (!known) {
            return page(404, locale, "Liên kết không hợp lệ", "Liên kết hủy nhận tin này không đúng.", null, null);
        }
        return page(200, locale, english ? "You are unsubscribed" : "Bạn đã hủy nhận thư báo",
                english ? "No more alert mails will be sent to your address. Changed your mind? You can undo it"
                        + " on your preferences page." : "Cổng Góp ý sẽ không gửi thư báo nào nữa tới địa chỉ của bạn."
                        + " Đổi ý? Bạn có thể hoàn tác trên trang tùy chọn.", null, token);
    }

    private ResponseEntity<String> page(int status, Locale locale, String title, String text, String form,
            String token) {
        String manage = token == null ? "" : "<p><a href=\"" + Entities.escape(links.manage(token)) + "\">"
                + (english(locale) ? "Manage your alerts" : "Quản lý thư báo") + "</a></p>";
        String html = "<!DOCTYPE html><html lang=\"" + (english(locale) ? "en" : "vi") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + Entities.escape(title) + " · Gopy</title>"
                + "<style>body{font-family:Arial,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5}button{font-size:1rem;padding:.6rem 1.2rem}</style></head><body><main>"
                + "<h1>" + Entities.escape(title) + "</h1><p>" + Entities.escape(text) + "</p>"
                + (form == null ? "" : form) + manage + "</main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
