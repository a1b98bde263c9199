package vn.gopy.outreach.feeds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the link-preview tags into the HTML of the first page load, where crawlers and chat apps read them
 * without running JavaScript: the title, the description, Open Graph and Twitter card tags, the canonical
 * address and the Atom feeds (autodiscovery). A public draft's page (and each of its articles) describes
 * the draft; every other page gets the portal's general preview. jsoup escapes every attribute value, so a
 * draft's title stays text.
 */
@Component
class LinkPreviewTags implements VaadinServiceInitListener {

    private static final Pattern DRAFT_PAGE = Pattern.compile("^/?drafts/([0-9]{1,18})(?:/articles/([^/]+))?/?$");

    private final DraftPreviews previews;

    LinkPreviewTags(DraftPreviews previews) {
        this.previews = previews;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("/");
        write(response.getDocument(), previewOf(path));
    }

    LinkPreview previewOf(String path) {
        Matcher draft = DRAFT_PAGE.matcher(path);
        Optional<LinkPreview> own = draft.matches()
                ? previews.ofDraft(Long.parseLong(draft.group(1)), draft.group(2))
                : Optional.empty();
        return own.orElseGet(() -> previews.general(path.startsWith("/") ? path : "/" + path));
    }

    static void write(Document document, LinkPreview preview) {
        Element head = document.head();
        head.select("title, meta[name=description], link[rel=canonical]").remove();
        head.appendElement("title").text(preview.title());
        meta(head, "name", "description", preview.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", preview.url());
        meta(head, "property", "og:type", preview.type());
        meta(head, "property", "og:site_name", "Gopy");
        meta(head, "property", "og:locale", preview.locale());
        meta(head, "property", "og:title", preview.title());
        meta(head, "property", "og:description", preview.description());
        meta(head, "property", "og:url", preview.url());
        meta(head, "property", "og:image", preview.image());
        meta(head, "property", "og:image:type", "image/png");
        meta(head, "property", "og:image:width", String.valueOf(PreviewPicture.WIDTH));
        meta(head, "property", "og:image:height", String.valueOf(PreviewPicture.HEIGHT));
        meta(head, "property", "og:image:alt", preview.imageAlt());
        meta(head, "name", "twitter:card", "summary_large_image");
        meta(head, "name", "twitter:title", preview.title());
        meta(head, "name", "twitter:description", preview.description());
        meta(head, "name", "twitter:image", preview.image());
        meta(head, "name", "twitter:image:alt", preview.imageAlt());
        preview.feeds().forEach(feed -> head.appendElement("link").attr("rel", "alternate")
                .attr("type", "application/atom+xml").attr("title", feed.title()).attr("href", feed.href()));
    }

    private static void meta(Element head, String kind, String name, String content) {
        head.appendElement("meta").attr(kind, name).attr("content", content);
    }
}
