package vn.gopy.comments.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import vn.gopy.comments.Referral;

/**
 * The way a reader arrived at a draft ({@code drafts/42?kenh=bx7k2m}), carried to the comment form. The
 * "comment on the whole draft" button carries it in its address; the buttons under each article are markup
 * drawn once per draft, so the code is also remembered, with its draft, in this browser tab's UI for the form.
 * It lives in server memory for the tab only: no cookie, nothing stored until a comment is submitted.
 */
record ArrivedVia(long draftId, String code) {

    /** The code in this address of a draft's page, remembered for the tab; null when the address has none. */
    static String remember(long draftId, QueryParameters query) {
        String code = Referral.clean(query.getSingleParameter(Referral.PARAMETER).orElse(null));
        UI ui = UI.getCurrent();
        if (code != null && ui != null) {
            ComponentUtil.setData(ui, ArrivedVia.class, new ArrivedVia(draftId, code));
        }
        return code;
    }

    /**
     * The code in the form's address, or else the one this tab arrived at the same draft with; null when neither.
     */
    static String of(long draftId, QueryParameters query) {
        String code = Referral.clean(query.getSingleParameter(Referral.PARAMETER).orElse(null));
        if (code != null) {
            return code;
        }
        UI ui = UI.getCurrent();
        ArrivedVia remembered = ui == null ? null : ComponentUtil.getData(ui, ArrivedVia.class);
        return remembered == null || remembered.draftId() != draftId ? null : remembered.code();
    }
}
