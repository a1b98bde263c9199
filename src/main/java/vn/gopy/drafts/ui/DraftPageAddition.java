package vn.gopy.drafts.ui;

import org.springframework.modulith.NamedInterface;
import vn.gopy.drafts.DraftCard;

/**
 * Lets another module add to a draft's public page without the drafts module knowing it: a Spring bean
 * that implements this is asked once each time the page draws a draft. The comments module adds its
 * buttons, counts and the published comments this way, so that drafts never depend on comments.
 */
@NamedInterface("page-additions")
public interface DraftPageAddition {

    /**
     * What to add to the page of this draft. {@code latestVersion} is false while an earlier text is shown;
     * additions about the current consultation may then stay away.
     */
    DraftPageAdditions forDraft(DraftCard draft, boolean latestVersion);
}
