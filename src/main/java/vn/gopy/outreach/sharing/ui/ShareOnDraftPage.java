package vn.gopy.outreach.sharing.ui;

import org.springframework.stereotype.Component;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.ui.DraftPageAddition;
import vn.gopy.drafts.ui.DraftPageAdditions;
import vn.gopy.outreach.sharing.SharingLinks;

/**
 * Adds the ways to spread a draft to its public page, below its header: share buttons, the embed code and the
 * poster. A draft still being written (a drafter's preview) is not shared: its links would lead nowhere.
 */
@Component
class ShareOnDraftPage implements DraftPageAddition {

    private final SharingLinks links;

    ShareOnDraftPage(SharingLinks links) {
        this.links = links;
    }

    @Override
    public DraftPageAdditions forDraft(DraftCard draft, boolean latestVersion) {
        if (draft.status() == DraftStatus.DRAFT) {
            return new DraftPageAdditions() { };
        }
        return new DraftPageAdditions() {
            @Override
            public com.vaadin.flow.component.Component top() {
                return new SharePanel(draft, links);
            }
        };
    }
}
