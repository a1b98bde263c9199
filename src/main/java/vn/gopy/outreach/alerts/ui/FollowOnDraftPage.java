package vn.gopy.outreach.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.ui.DraftPageAddition;
import vn.gopy.drafts.ui.DraftPageAdditions;

/**
 * A "Follow" link below a draft's header: to the subscription page with the draft's agency and sectors
 * ticked ({@code alerts?draft=42}; the page asks which they are, so drawing the draft costs nothing).
 */
@org.springframework.stereotype.Component
class FollowOnDraftPage implements DraftPageAddition {

    @Override
    public DraftPageAdditions forDraft(DraftCard draft, boolean latestVersion) {
        return new DraftPageAdditions() {
            @Override
            public Component top() {
                Anchor follow = new Anchor("alerts?draft=" + draft.id());
                follow.setText(follow.getTranslation("outreach.alerts.follow-draft"));
                follow.addClassName("follow-link");
                return follow;
            }
        };
    }
}
