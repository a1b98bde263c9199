package vn.gopy.search.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.search.RebuildProgress;
import vn.gopy.search.SearchIndex;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;

/**
 * The care of the search index, for administrators: whether the index holds what the database holds, and a
 * rebuild from the database with its progress. The rebuild runs in the background; this page only watches it,
 * so leaving the page does not stop it and coming back shows where it is.
 */
@Route("admin/search-index")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "search.index.menu", order = 92)
public class SearchIndexView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Often enough for a bar that moves, rarely enough not to load a server busy rebuilding. */
    static final int POLL_MS = 1000;

    private final SearchIndex index;
    private final Grid<SearchIndex.Count> counts = new Grid<>();
    private final Paragraph overall = new Paragraph();
    private final Button rebuild = new Button();
    private final RebuildPanel progress = new RebuildPanel();
    private Registration polling;

    SearchIndexView(SearchIndex index) {
        this.index = index;
        addClassNames("page", "admin-page", "search-index-page");
        Paragraph intro = new Paragraph(getTranslation("search.index.intro"));
        intro.addClassName("muted");

        counts.addClassName("index-counts");
        counts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        counts.setAllRowsVisible(true);
        counts.setAriaLabel(getTranslation("search.index.counts"));
        counts.addColumn(c -> typeName(c.type())).setHeader(getTranslation("search.index.type")).setFlexGrow(2);
        counts.addColumn(c -> String.format(getLocale(), "%,d", c.inDatabase()))
                .setHeader(getTranslation("search.index.in-database")).setFlexGrow(1);
        counts.addColumn(c -> String.format(getLocale(), "%,d", c.inIndex()))
                .setHeader(getTranslation("search.index.in-index")).setFlexGrow(1);
        counts.addComponentColumn(this::marker).setHeader(getTranslation("search.index.state")).setFlexGrow(1);
        overall.addClassName("index-overall");
        overall.getElement().setAttribute("role", "status");

        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> confirmRebuild());

        add(new H1(getTranslation("search.index.title")), intro, overall, counts,
                new H2(getTranslation("search.index.rebuild-title")), rebuild, progress);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showCounts();
        showProgress(index.progress());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (index.progress().running()) {
            startPolling(attach.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    private void showCounts() {
        List<SearchIndex.Count> now = index.counts();
        counts.setItems(now);
        boolean inStep = now.stream().allMatch(SearchIndex.Count::matches);
        overall.setText(getTranslation(inStep ? "search.index.all-in-step" : "search.index.out-of-step-note"));
        overall.setClassName("index-out-of-step", !inStep);
    }

    private Span marker(SearchIndex.Count count) {
        Span marker = new Span(getTranslation(count.matches() ? "search.index.in-step" : "search.index.out-of-step"));
        marker.addClassNames("badge", count.matches() ? "index-in-step" : "index-out-of-step");
        return marker;
    }

    private String typeName(String type) {
        String key = "search.index.type." + type;
        String name = getTranslation(key);
        return name.startsWith("!") ? type : name;
    }

    private void confirmRebuild() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("search.index.confirm.title"));
        dialog.setText(getTranslation("search.index.confirm.text"));
        dialog.setConfirmText(getTranslation("search.index.confirm.yes"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("search.index.confirm.no"));
        dialog.addConfirmListener(e -> startRebuild());
        dialog.open();
    }

    void startRebuild() {
        if (index.startRebuild()) {
            Notices.success(getTranslation("search.index.started"));
        } else {
            Notices.error(getTranslation("search.index.already-running"));
        }
        showProgress(index.progress());
        getUI().ifPresent(this::startPolling);
    }

    private void startPolling(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> poll());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    /** One tick while a rebuild runs; the last one, when it has ended, shows the outcome and the new counts. */
    void poll() {
        RebuildProgress now = index.progress();
        showProgress(now);
        if (!now.running()) {
            getUI().ifPresent(this::stopPolling);
            showCounts();
            if (now.failed()) {
                Notices.error(getTranslation("search.index.failed-notice"));
            } else {
                Notices.success(getTranslation("search.index.done-notice"));
            }
        }
    }

    private void showProgress(RebuildProgress now) {
        progress.show(now);
        rebuild.setEnabled(!now.running());
    }

    boolean isPolling() {
        return polling != null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.index.title") + " · Gopy";
    }
}
