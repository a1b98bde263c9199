package vn.gopy.drafts.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.drafts.AttachmentInfo;

/** The documents that come with a draft (explanatory statement, impact assessment), to download. */
class AttachmentsSection extends Section {

    AttachmentsSection(List<AttachmentInfo> attachments) {
        addClassName("attachments");
        H2 heading = new H2(getTranslation("drafts.page.attachments.title"));
        heading.setId("attachments-title");
        getElement().setAttribute("aria-labelledby", "attachments-title");
        UnorderedList list = new UnorderedList();
        list.addClassName("attachment-list");
        attachments.forEach(a -> list.add(item(a)));
        add(heading, list);
    }

    private ListItem item(AttachmentInfo attachment) {
        Span kind = new Span(getTranslation("drafts.attachment-kind." + attachment.kind().name()));
        kind.addClassName("attachment-kind");
        // A file, not a view: the router must let the browser download it.
        Anchor link = new Anchor(attachment.downloadPath(), attachment.fileName());
        link.setRouterIgnore(true);
        link.addClassName("attachment-link");
        String type = ReadingFormat.fileType(attachment.mediaType());
        String size = ReadingFormat.fileSize(attachment.sizeBytes(), getLocale());
        Span details = new Span(type.isEmpty() ? size : type + " · " + size);
        details.addClassName("attachment-details");
        ListItem item = new ListItem(kind, link, details);
        item.addClassName("attachment");
        return item;
    }
}
