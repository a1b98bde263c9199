package vn.gopy.outreach.alerts.internal;

import org.springframework.stereotype.Component;
import vn.gopy.common.PublicAddress;

/** The absolute links that alert mails carry. */
@Component
class AlertLinks {

    private final PublicAddress address;

    AlertLinks(PublicAddress address) {
        this.address = address;
    }

    String confirm(String token) {
        return address.link("alerts/confirm/" + token);
    }

    String manage(String manageToken) {
        return address.link("alerts/manage/" + manageToken);
    }

    String unsubscribe(String manageToken) {
        return address.link("unsubscribe/" + manageToken);
    }

    String draft(long draftId) {
        return address.link("drafts/" + draftId);
    }

    String report(long draftId) {
        return address.link("drafts/" + draftId + "#reception-report");
    }
}
