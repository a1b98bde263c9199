package vn.gopy.mail.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.mail.OutboxAdministration;
import vn.gopy.mail.OutboxEntry;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;

/**
 * The outbox, for administrators: every message newest first and what became of it, one opened to be read,
 * and sending what is due now. Without a mail server this is where mail stays, and where a developer opens
 * the confirmation link a comment sent.
 */
@Route("admin/outbox")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "mail.outbox.menu", order = 93)
@StyleSheet("styles/mail.css")
public class OutboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The recipient filter in the address, so a filtered outbox can be reloaded or shared. */
    static final String RECIPIENT_PARAMETER = "to";
    /** The longest e-mail address SMTP allows. */
    private static final int MAX_ADDRESS_LENGTH = 254;

    private final OutboxAdministration outbox;
    private final OutboxDates dates = OutboxDates.in(getLocale());
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final TextField recipient = new TextField();
    private final Span count = new Span();
    private Location location;

    OutboxView(OutboxAdministration outbox) {
        this.outbox = outbox;
        addClassNames("page", "admin-page", "outbox-page");
        Paragraph intro = new Paragraph(getTranslation("mail.outbox.intro"));
        intro.addClassName("muted");
        boolean server = outbox.mailServerConfigured();
        Paragraph notice = new Paragraph(getTranslation(server ? "mail.outbox.server" : "mail.outbox.no-server"));
        notice.addClassNames("mail-notice", server ? "mail-server" : "mail-no-server");
        notice.getElement().setAttribute("role", "status");

        recipient.addClassName("admin-filter");
        recipient.setPlaceholder(getTranslation("mail.outbox.filter"));
        recipient.setAriaLabel(getTranslation("mail.outbox.filter"));
        recipient.setPrefixComponent(VaadinIcon.SEARCH.create());
        recipient.setClearButtonVisible(true);
        recipient.setMaxLength(MAX_ADDRESS_LENGTH);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rememberInAddress();
            }
            show();
        });
        count.addClassName("admin-count");
        Div toolbar = new Div(recipient, count);
        toolbar.addClassName("admin-toolbar");
        if (server) {
            Button sendNow = new Button(getTranslation("mail.outbox.send-now"), e -> sendNow());
            sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(sendNow);
        }

        columns();
        add(new H1(getTranslation("mail.outbox.title")), intro, notice, toolbar, grid);
    }

    private void columns() {
        grid.addClassNames("admin-grid", "outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("mail.outbox.title"));
        grid.setEmptyStateText(getTranslation("mail.outbox.empty"));
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("mail.outbox.recipient")).setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(3);
        grid.addColumn(e -> dates.format(e.createdAt())).setHeader(getTranslation("mail.outbox.created")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("mail.outbox.state")).setFlexGrow(2);
        grid.addColumn(e -> e.state() == OutboxEntry.State.SENT ? "" : dates.format(e.nextAttemptAt()))
                .setHeader(getTranslation("mail.outbox.next-attempt")).setFlexGrow(1);
        // Opening a message is the point of the page without SMTP: a click on its row, or its button, which
        // the keyboard reaches too.
        grid.addComponentColumn(this::openButton).setKey("open").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private Button openButton(OutboxEntry entry) {
        Button read = new Button(getTranslation("mail.outbox.read"), e -> open(entry));
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setAriaLabel(getTranslation("mail.outbox.read-message", entry.subject(), entry.recipient()));
        return read;
    }

    private Div state(OutboxEntry entry) {
        Div cell = new Div(OutboxStates.badge(this, entry));
        if (entry.lastError() != null && entry.state() == OutboxEntry.State.RETRYING) {
            Span error = new Span(entry.lastError());
            error.addClassName("mail-error");
            cell.add(error);
        }
        cell.addClassName("mail-state");
        return cell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        location = event.getLocation();
        recipient.setValue(location.getQueryParameters().getSingleParameter(RECIPIENT_PARAMETER).orElse(""));
        show();
    }

    /** Pages are read from the database as the grid scrolls: the outbox grows with every comment. */
    private void show() {
        String filter = recipient.getValue();
        grid.setItems(query -> outbox.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter)));
        count.setText(getTranslation("mail.outbox.count", outbox.count(filter)));
    }

    void open(OutboxEntry entry) {
        outbox.open(entry.id()).ifPresentOrElse(message -> new OutboxMessageDialog(message, dates).open(),
                () -> Notices.error(getTranslation("mail.outbox.gone")));
    }

    private void sendNow() {
        int sent = outbox.sendDueNow();
        Notices.success(getTranslation("mail.outbox.sent-now", sent));
        show();
    }

    private void rememberInAddress() {
        if (location == null) {
            return;
        }
        String value = recipient.getValue().strip();
        QueryParameters parameters = value.isEmpty() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(RECIPIENT_PARAMETER, value));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(location.getPath(), parameters)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title") + " · Gopy";
    }
}
