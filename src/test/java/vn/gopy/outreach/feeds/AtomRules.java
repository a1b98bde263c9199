package vn.gopy.outreach.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses an Atom document with the JDK's XML parser and checks the rules of RFC 4287 that a reader relies on:
 * the required elements of the feed and of each entry, one alternate link per entry, absolute IRIs, RFC 3339
 * dates and the document's language.
 */
final class AtomRules {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private AtomRules() {
    }

    static Element parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        return document.getDocumentElement();
    }

    /** The feed, checked; its entries in document order. */
    static List<Element> checkFeed(Element feed) {
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS(XML, "lang")).isEqualTo("vi");
        assertThat(children(feed, "id")).hasSize(1);
        assertThat(children(feed, "title")).hasSize(1);
        assertThat(children(feed, "updated")).hasSize(1);
        absolute(text(feed, "id"));
        date(text(feed, "updated"));
        assertThat(links(feed, "self")).hasSize(1);
        assertThat(links(feed, "alternate")).hasSize(1);
        links(feed, null).forEach(link -> absolute(link.getAttribute("href")));
        boolean feedHasAuthor = !children(feed, "author").isEmpty();
        children(feed, "author").forEach(a -> assertThat(text(a, "name")).isNotBlank());
        List<Element> entries = children(feed, "entry");
        for (Element entry : entries) {
            assertThat(children(entry, "id")).hasSize(1);
            assertThat(children(entry, "title")).hasSize(1);
            assertThat(children(entry, "updated")).hasSize(1);
            assertThat(children(entry, "published")).hasSizeLessThanOrEqualTo(1);
            absolute(text(entry, "id"));
            date(text(entry, "updated"));
            children(entry, "published").forEach(p -> date(p.getTextContent()));
            assertThat(links(entry, "alternate")).as("one alternate link per entry").hasSize(1);
            links(entry, null).forEach(link -> absolute(link.getAttribute("href")));
            assertThat(feedHasAuthor || !children(entry, "author").isEmpty()).isTrue();
            children(entry, "author").forEach(a -> assertThat(text(a, "name")).isNotBlank());
            // Without atom:content the entry must have a summary (RFC 4287, 4.1.1.1) and an alternate link.
            if (children(entry, "content").isEmpty()) {
                assertThat(children(entry, "summary")).hasSize(1);
            }
            children(entry, "category").forEach(c -> assertThat(c.getAttribute("term")).isNotBlank());
        }
        return entries;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent();
    }

    /** Links with this rel (an absent rel means "alternate"), or all links when {@code rel} is null. */
    static List<Element> links(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel == null
                || rel.equals(l.getAttribute("rel").isEmpty() ? "alternate" : l.getAttribute("rel"))).toList();
    }

    private static void absolute(String iri) {
        assertThat(URI.create(iri).isAbsolute()).as("absolute IRI: %s", iri).isTrue();
    }

    private static void date(String value) {
        assertThat(value).matches(RFC_3339);
        OffsetDateTime.parse(value);
    }
}
