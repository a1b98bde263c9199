package vn.gopy.shell;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected while opening a page: an apology and a reference, the details go to the log only. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error opening {} [ref {}]", event.getLocation().getPathWithQueryParameters(), reference,
                parameter.getCaughtException());
        show("shell.error.internal.title", getTranslation("shell.error.internal.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
