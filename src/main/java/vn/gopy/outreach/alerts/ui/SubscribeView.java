package vn.gopy.outreach.alerts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.InvalidInputException;
import vn.gopy.outreach.alerts.AlertService;
import vn.gopy.outreach.alerts.Frequency;
import vn.gopy.outreach.alerts.SubscriptionRequest;
import vn.gopy.outreach.alerts.TooManyRequestsException;
import vn.gopy.outreach.alerts.Topic;
import vn.gopy.outreach.alerts.TopicKind;
import vn.gopy.shell.ClientAddress;
import vn.gopy.shell.FieldErrors;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Subscribing to alerts: the topics (pre-selected from the address, as the "Follow" links give them:
 * {@code alerts?sector=F}, {@code alerts?search=q%3Ddat}, {@code alerts?draft=42}), the address, how often and
 * in which language. The service checks everything; the answer is a mail with a confirmation link.
 */
@Route("alerts")
@AnonymousAllowed
public class SubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;
    final TopicPickers topics;
    final EmailField email = new EmailField();
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Div alert = new Div();
    final Button submit = new Button();
    private final Div form = new Div();
    final Paragraph done = new Paragraph();

    SubscribeView(AlertService alerts, AgencyService agencies, Taxonomies taxonomies) {
        this.alerts = alerts;
        this.topics = new TopicPickers(agencies.active(), taxonomies.sectors().terms(), taxonomies.provinces().terms(),
                taxonomies.documentTypes().terms());
        addClassNames("page", "alerts-page");
        Paragraph intro = new Paragraph(getTranslation("outreach.alerts.intro"));
        intro.addClassName("muted");
        email.setLabel(getTranslation("outreach.alerts.email"));
        email.setHelperText(getTranslation("outreach.alerts.email.help"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.addClassName("alert-email");
        frequency.setLabel(getTranslation("outreach.alerts.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("outreach.alerts.frequency." + f.name()));
        frequency.setValue(Frequency.DAILY);
        frequency.addClassName("alert-frequency");
        language.setLabel(getTranslation("outreach.alerts.language"));
        language.setItems(AlertService.languages());
        language.setItemLabelGenerator(l -> getTranslation("outreach.alerts.language." + l.getLanguage()));
        language.setValue("en".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.of("vi"));
        alert.addClassName("form-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        submit.setText(getTranslation("outreach.alerts.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("alert-submit");
        submit.addClickListener(e -> submit());
        form.addClassName("alert-form");
        form.add(topics, email, frequency, language, alert, submit);
        done.addClassName("alert-requested");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(new H1(getTranslation("outreach.alerts.heading")), intro, form, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<Topic> asked = new ArrayList<>();
        for (TopicKind kind : TopicKind.values()) {
            parameters.getOrDefault(kind.parameter(), List.of()).stream().limit(AlertService.MAX_TOPICS)
                    .forEach(value -> asked.add(new Topic(kind, value)));
        }
        parameters.getOrDefault("draft", List.of()).stream().filter(v -> v.matches("\\d{1,18}")).findFirst()
                .ifPresent(id -> asked.addAll(alerts.topicsOfDraft(Long.parseLong(id))));
        topics.select(asked, topic -> alerts.label(topic, getLocale()));
    }

    private void submit() {
        alert.setVisible(false);
        try {
            alerts.request(new SubscriptionRequest(email.getValue(), topics.selected(), frequency.getValue(),
                    language.getValue()), ClientAddress.current());
            form.setVisible(false);
            done.setText(getTranslation("outreach.alerts.requested", email.getValue().strip()));
            done.setVisible(true);
        } catch (InvalidInputException e) {
            List<String> unplaced = FieldErrors.show(this, e, Map.of("email", email));
            show(unplaced);
        } catch (TooManyRequestsException e) {
            show(List.of(getTranslation("outreach.alerts.too-many",
                    Math.max(1, (e.retryAfter().toSeconds() + 59) / 60))));
        }
    }

    private void show(List<String> messages) {
        alert.removeAll();
        messages.forEach(m -> alert.add(new Paragraph(m)));
        alert.setVisible(!messages.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.alerts.title") + " · Gopy";
    }
}
