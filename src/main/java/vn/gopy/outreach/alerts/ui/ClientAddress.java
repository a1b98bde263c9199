package vn.gopy.outreach.alerts.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** The address of the person at the browser, for the rate limit (behind a proxy, Spring has put the client's in). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return "unknown";
    }
}
