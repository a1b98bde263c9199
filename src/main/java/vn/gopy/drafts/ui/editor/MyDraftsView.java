package vn.gopy.drafts.ui.editor;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;

/**
 * The drafts a drafter works on (an administrator sees every agency's), most recently changed first,
 * filtered by status through the address ({@code ?status=OPEN}) so that a filtered list can be shared.
 */
@Route("staff/drafts")
@Menu(title = "drafts.my.menu", order = 10)
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class MyDraftsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;

    private final DraftService drafts;
    private final boolean admin;
    private final Select<DraftStatus> status = new Select<>();
    private final Div list = new Div();
    private List<DraftCard> shown = List.of();
    private int visible = PAGE;

    MyDraftsView(DraftService drafts, CurrentStaff currentStaff) {
        this.drafts = drafts;
        this.admin = currentStaff.has(Role.ADMIN);
        addClassNames("page", "my-drafts");
        Paragraph intro = new Paragraph(getTranslation(admin ? "drafts.my.intro.admin" : "drafts.my.intro"));
        intro.addClassName("muted");

        status.setLabel(getTranslation("drafts.my.filter"));
        status.setItems(DraftStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("drafts.my.filter.all")
                : getTranslation("drafts.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("drafts.my.filter.all"));
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(MyDraftsView.class, e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of("status", e.getValue().name())));
            }
        });
        Button create = new Button(getTranslation("drafts.my.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class,
                        new RouteParameters("draftId", DraftEditorView.NEW))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-draft");
        Div toolbar = new Div(status, create);
        toolbar.addClassName("my-drafts-toolbar");
        list.addClassName("draft-rows");
        add(new H1(getTranslation("drafts.my.title")), intro, toolbar, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DraftStatus filter = event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(MyDraftsView::status).orElse(null);
        status.setValue(filter);
        List<DraftCard> all = drafts.myDrafts();
        shown = filter == null ? all : all.stream().filter(d -> d.status() == filter).toList();
        visible = PAGE;
        showList(all.isEmpty());
    }

    private void showList(boolean noDraftsAtAll) {
        list.removeAll();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(noDraftsAtAll ? "drafts.my.empty" : "drafts.my.empty-filtered"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        shown.stream().limit(visible).map(this::row).forEach(list::add);
        if (shown.size() > visible) {
            Button more = new Button(getTranslation("drafts.my.more", shown.size() - visible), e -> {
                visible += PAGE;
                showList(false);
            });
            more.addClassName("show-more");
            list.add(more);
        }
    }

    private Div row(DraftCard draft) {
        RouterLink title = new RouterLink(draft.title(), DraftEditorView.class,
                new RouteParameters("draftId", String.valueOf(draft.id())));
        title.addClassName("draft-row-title");
        Span reference = new Span(draft.referenceNumber());
        reference.addClassName("draft-row-reference");
        Span window = new Span(draft.opensAt() == null || draft.closesAt() == null
                ? getTranslation("drafts.my.window.unset")
                : getTranslation("drafts.my.window", EditorDates.format(draft.opensAt(), getLocale()),
                        EditorDates.format(draft.closesAt(), getLocale())));
        window.addClassName("draft-row-window");
        Span changed = new Span(getTranslation("drafts.my.changed", EditorDates.format(draft.updatedAt(), getLocale())));
        changed.addClassName("draft-row-changed");
        Div row = new Div(new StatusBadge(draft.status()), reference, title, window, changed);
        if (admin && draft.agency() != null) {
            Span agency = new Span(draft.agency().name(getLocale()));
            agency.addClassName("draft-row-agency");
            row.add(agency);
        }
        row.addClassName("draft-row");
        return row;
    }

    private static java.util.Optional<DraftStatus> status(String name) {
        try {
            return java.util.Optional.of(DraftStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.my.title") + " · Gopy";
    }
}
