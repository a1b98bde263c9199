package vn.gopy.outreach.reach;

import org.springframework.stereotype.Component;
import vn.gopy.common.PublicAddress;

/** The addresses of a channel: its short link (/c/bx7k2m4) and its QR codes (/qr/c/bx7k2m4.png|.svg). */
@Component
public class ShortLinks {

    private final PublicAddress address;

    ShortLinks(PublicAddress address) {
        this.address = address;
    }

    public String shortLink(String code) {
        return address.link("/c/" + code);
    }

    public static String qrPath(String code, String extension) {
        return "/qr/c/" + code + "." + extension;
    }

    /** The draft's printable poster whose QR code is this channel's short link, for a poster campaign. */
    public static String posterPath(long draftId, String code) {
        return "/posters/drafts/" + draftId + "?kenh=" + code;
    }
}
