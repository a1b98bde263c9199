package vn.gopy.outreach.feeds;

import java.util.List;

/**
 * What a page says about itself to link previews and feed readers: its title and description, its canonical
 * address, its picture (absolute, {@link PreviewPicture#WIDTH}×{@link PreviewPicture#HEIGHT}) and the feeds
 * it offers. {@code type} is Open Graph's ("article" for a draft, "website" for the rest).
 */
record LinkPreview(String title, String description, String url, String image, String imageAlt, String type,
        String locale, List<FeedLink> feeds) {

    record FeedLink(String title, String href) {
    }
}
