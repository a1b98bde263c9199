package vn.gopy.outreach.sharing;

import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftStatus;

/**
 * The drafts that may be shared, embedded and printed: public ones only. A drafter signed in may preview an
 * unpublished draft on its page, but a card or poster of it could travel anywhere, so it stays unknown here.
 */
@Service
public class SharedDrafts {

    private final DraftCatalog catalog;

    SharedDrafts(DraftCatalog catalog) {
        this.catalog = catalog;
    }

    /** The draft's card as it is now (status and days left in Vietnam time), if the draft is public. */
    public Optional<DraftCard> publicCard(long draftId) {
        try {
            return Optional.of(catalog.history(draftId).card()).filter(c -> c.status() != DraftStatus.DRAFT);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
