package vn.gopy.outreach.feeds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin wrapper over the StAX writer: the writer escapes markup characters in text and attributes, and
 * {@link #clean} drops the few characters that XML 1.0 cannot carry at all, so no user text can break a
 * document.
 */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;

    Xml(OutputStream out) {
        try {
            writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3339 in UTC, to the second ("2026-11-28T18:13:09Z"); sitemaps accept the same form. */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    Xml start(String name) {
        return call(() -> writer.writeStartElement(name));
    }

    Xml root(String name, String namespace) {
        return call(() -> {
            writer.writeStartElement(name);
            writer.writeDefaultNamespace(namespace);
        });
    }

    Xml attribute(String name, String value) {
        return call(() -> writer.writeAttribute(name, clean(value)));
    }

    Xml lang(String language) {
        return call(() -> writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language));
    }

    Xml end() {
        return call(writer::writeEndElement);
    }

    /** An element with text, and attributes given as name, value pairs. */
    Xml element(String name, String text, String... attributes) {
        start(name);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        return call(() -> writer.writeCharacters(clean(text))).end();
    }

    /** An empty element with attributes given as name, value pairs. */
    Xml empty(String name, String... attributes) {
        return call(() -> {
            writer.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                writer.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
        });
    }

    void flush() {
        call(writer::flush);
    }

    @Override
    public void close() {
        call(() -> {
            writer.writeEndDocument();
            writer.close();
        });
    }

    /** Keeps only the characters XML 1.0 allows (tab, newlines, and from U+0020 on, without U+FFFE/U+FFFF). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private Xml call(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML", e);
        }
    }
}
