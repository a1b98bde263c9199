package vn.gopy.outreach.alerts.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.outreach.alerts.AlertService;
import vn.gopy.outreach.alerts.FollowedTopic;
import vn.gopy.outreach.alerts.Frequency;
import vn.gopy.outreach.alerts.Preferences;
import vn.gopy.shell.Notices;

/**
 * The preferences behind the secret link of every alert mail, without an account: the topics (each can be
 * removed, with an undo), how often and in which language, and unsubscribing from everything (asked first,
 * and undoable here for a while).
 */
@Route("alerts/manage/:token")
@AnonymousAllowed
public class ManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;
    private String token;

    ManageView(AlertService alerts) {
        this.alerts = alerts;
        addClassNames("page", "alert-manage-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        draw();
    }

    private void draw() {
        removeAll();
        add(new H1(getTranslation("outreach.alerts.manage.heading")));
        Optional<Preferences> found = alerts.preferences(token, getLocale());
        if (found.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("outreach.alerts.manage.unknown"));
            unknown.addClassName("empty-state");
            add(unknown);
            return;
        }
        Preferences preferences = found.get();
        add(new Paragraph(getTranslation("outreach.alerts.manage.for", preferences.email())));
        if (preferences.unsubscribed()) {
            Paragraph off = new Paragraph(getTranslation("outreach.alerts.manage.unsubscribed"));
            off.addClassName("alert-unsubscribed");
            Button undo = new Button(getTranslation("outreach.alerts.manage.resubscribe"), e -> {
                alerts.resubscribe(token);
                draw();
            });
            undo.addClassName("alert-resubscribe");
            add(off, undo);
            return;
        }
        add(topics(preferences), settings(preferences), unsubscribe());
    }

    private Div topics(Preferences preferences) {
        Div section = new Div(new H2(getTranslation("outreach.alerts.manage.topics")));
        if (preferences.topics().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("outreach.alerts.manage.no-topics"));
            none.addClassName("empty-state");
            section.add(none);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("alert-followed");
        for (FollowedTopic topic : preferences.topics()) {
            Span name = new Span(getTranslation("outreach.alerts.kind." + topic.topic().kind().name()) + ": "
                    + topic.label());
            Button remove = new Button(getTranslation("outreach.alerts.manage.remove"), e -> remove(topic));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label",
                    getTranslation("outreach.alerts.manage.remove") + " " + topic.label());
            list.add(new ListItem(name, remove));
        }
        section.add(list);
        return section;
    }

    private void remove(FollowedTopic topic) {
        alerts.removeTopic(token, topic.id());
        draw();
        Notification notice = new Notification();
        Button undo = new Button(getTranslation("outreach.alerts.manage.undo"), e -> {
            alerts.restoreTopic(token, topic.topic());
            notice.close();
            draw();
        });
        notice.add(new Span(getTranslation("outreach.alerts.manage.removed", topic.label())), undo);
        notice.setDuration(10_000);
        notice.open();
    }

    private Div settings(Preferences preferences) {
        RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>(getTranslation("outreach.alerts.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("outreach.alerts.frequency." + f.name()));
        frequency.setValue(preferences.frequency());
        frequency.addClassName("alert-frequency");
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("outreach.alerts.language"));
        language.setItems(AlertService.languages());
        language.setItemLabelGenerator(l -> getTranslation("outreach.alerts.language." + l.getLanguage()));
        language.setValue(AlertService.languages().stream()
                .filter(l -> l.getLanguage().equals(preferences.language().getLanguage())).findFirst().orElseThrow());
        Button save = new Button(getTranslation("outreach.alerts.manage.save"), e -> {
            alerts.change(token, frequency.getValue(), language.getValue());
            Notices.success(getTranslation("outreach.alerts.manage.saved"));
        });
        save.addClassName("alert-save");
        return new Div(new H2(getTranslation("outreach.alerts.manage.settings")), frequency, language, save);
    }

    private Div unsubscribe() {
        Button all = new Button(getTranslation("outreach.alerts.manage.unsubscribe"));
        all.addThemeVariants(ButtonVariant.LUMO_ERROR);
        all.addClassName("alert-unsubscribe");
        ConfirmDialog ask = new ConfirmDialog(getTranslation("outreach.alerts.manage.unsubscribe"),
                getTranslation("outreach.alerts.manage.unsubscribe.ask"),
                getTranslation("outreach.alerts.manage.unsubscribe.confirm"), e -> {
                    alerts.unsubscribe(token);
                    draw();
                });
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("outreach.alerts.manage.cancel"));
        all.addClickListener(e -> ask.open());
        return new Div(new H2(getTranslation("outreach.alerts.manage.stop")), all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.alerts.manage.title") + " · Gopy";
    }
}
