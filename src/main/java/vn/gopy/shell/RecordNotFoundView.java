package vn.gopy.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.gopy.common.NotFoundException;

/** A draft, agency or article that a link names but that does not exist (any more) or is not public. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("shell.error.not-found.title", getTranslation("shell.error.record-not-found.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
