package vn.gopy.comments.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The privacy notice for comments, as Decree 13/2023/ND-CP on personal data asks: what is kept, why, for
 * how long, and how to have it deleted. The contact address is a setting ({@code gopy.comments.privacy-contact}).
 */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends Main implements HasDynamicTitle {

    static final String[] SECTIONS = {"what", "why", "how-long", "who", "rights"};

    PrivacyView(@Value("${gopy.comments.privacy-contact}") String contact) {
        addClassNames("page", "privacy-page");
        add(new H1(getTranslation("comments.privacy.title")), new Paragraph(getTranslation("comments.privacy.intro")));
        for (String section : SECTIONS) {
            add(new H2(getTranslation("comments.privacy." + section + ".title")));
            add(new Paragraph(getTranslation("comments.privacy." + section + ".text")));
        }
        Paragraph write = new Paragraph(getTranslation("comments.privacy.contact") + " ");
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setRouterIgnore(true);
        write.add(mail);
        write.addClassName("privacy-contact");
        add(write);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comments.privacy.title") + " · Gopy";
    }
}
