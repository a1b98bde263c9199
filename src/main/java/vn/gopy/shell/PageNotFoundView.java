package vn.gopy.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or that the reader may not see (the portal does not tell which). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("shell.error.not-found.title", getTranslation("shell.error.not-found.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
