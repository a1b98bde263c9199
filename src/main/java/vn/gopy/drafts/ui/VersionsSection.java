package vn.gopy.drafts.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.VersionInfo;

/** Every version of the text, newest first, each a link; and the way to see what changed between them. */
class VersionsSection extends Section {

    VersionsSection(long draftId, List<VersionInfo> versions, int shown) {
        addClassName("versions");
        H2 heading = new H2(getTranslation("drafts.page.versions.title"));
        heading.setId("versions-title");
        getElement().setAttribute("aria-labelledby", "versions-title");
        add(heading);
        OrderedList list = new OrderedList();
        list.addClassName("version-list");
        int latest = versions.isEmpty() ? shown : versions.getLast().number();
        versions.reversed().forEach(v -> list.add(item(draftId, v, shown, latest)));
        add(list);
        List<VersionInfo> published = versions.stream().filter(VersionInfo::isPublished).toList();
        if (published.size() >= 2) {
            int to = published.getLast().number();
            int from = shown < to && published.stream().anyMatch(v -> v.number() == shown)
                    ? shown : published.get(published.size() - 2).number();
            Anchor compare = new Anchor(DraftLinks.compare(draftId, from, to),
                    getTranslation("drafts.page.versions.compare"));
            compare.addClassName("compare-link");
            add(new Paragraph(compare));
        }
    }

    private ListItem item(long draftId, VersionInfo version, int shown, int latest) {
        String name = getTranslation("drafts.page.versions.name", version.number());
        ListItem item = new ListItem();
        item.addClassName("version");
        if (version.number() == shown) {
            Span current = new Span(name);
            current.addClassName("version-name");
            Span marker = new Span(getTranslation("drafts.page.versions.reading"));
            marker.addClassName("version-reading");
            item.add(current, marker);
            item.getElement().setAttribute("aria-current", "page");
        } else {
            item.add(new Anchor(DraftLinks.draft(draftId, version.number() == latest ? null : version.number()), name));
        }
        Span date = new Span(version.isPublished()
                ? getTranslation("drafts.page.versions.published", ReadingFormat.date(version.publishedAt(), getLocale()))
                : getTranslation("drafts.page.versions.unpublished"));
        date.addClassName("version-date");
        item.add(date);
        if (version.changeNote() != null && !version.changeNote().isBlank()) {
            Paragraph note = new Paragraph(version.changeNote());
            note.addClassName("version-note");
            item.add(note);
        }
        return item;
    }
}
