package vn.gopy.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code gopy.public-url}), for links that leave the browser: in mails, feeds
 * and shared links. Behind a proxy it is the address people type, not the one the application listens on.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${gopy.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute link to a path of the portal ("track?number=..." or "/track?number=..."). */
    public String link(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
