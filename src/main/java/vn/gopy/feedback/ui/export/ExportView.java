package vn.gopy.feedback.ui.export;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Exports of comments for the drafting agency and administrators: {@code feedback/export?draft=<id>} for one
 * draft, {@code ?agency=<id>} for an agency's drafts, and without either the drafter's own agency (everything,
 * for an administrator). Filters, the number of matching comments, the format, and an export that runs in the
 * background into a temporary file while this page polls its progress; then a link to the file.
 */
@Route("feedback/export")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DRAFTER})
@Menu(title = "feedback.export.menu", order = 30)
public class ExportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentExports exports;
    private final ExportJobs jobs;
    private final ExportScopes scopes;
    private final Paragraph scopeText = new Paragraph();
    private final ExportFilters filters;
    private final ExportCount count;
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Button export = new Button();
    private final ExportPanel panel = new ExportPanel(this::cancel);
    private ExportScope scope;
    private ExportJob job;
    private final Polling polling = new Polling();

    ExportView(CommentExports exports, ExportJobs jobs, ExportScopes scopes, Taxonomies taxonomies) {
        this.exports = exports;
        this.jobs = jobs;
        this.scopes = scopes;
        addClassNames("page", "admin-page", "export-page");
        filters = new ExportFilters(taxonomies.provinces().terms(), this::showCount);
        count = new ExportCount(exports);
        format.setLabel(getTranslation("feedback.export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("feedback.export.format." + f.name()));
        format.setValue(ExportFormat.XLSX);
        format.addValueChangeListener(e -> showCount());
        export.setText(getTranslation("feedback.export.start"));
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(e -> start());
        scopeText.addClassName("muted");
        add(new H1(getTranslation("feedback.export.title")), scopeText, filters, count, format, export, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same page may be reused for another draft or agency: the last file was another scope's.
        forgetJob();
        try {
            scope = scopes.of(event.getLocation().getQueryParameters(), getLocale());
            scopeText.setText(scope.description());
            showCount();
        } catch (NumberFormatException | AccessDeniedException | vn.gopy.common.NotFoundException e) {
            // Another agency's draft is none of this drafter's business, not even its existence.
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows how many comments match, and allows an export only when there is something to export. */
    private void showCount() {
        if (scope != null) {
            boolean exportable = count.show(filters.filter(scope.draftId(), scope.agencyId()), format.getValue());
            export.setEnabled(exportable && (job == null || job.finished()));
        }
    }

    private void start() {
        ExportFilter filter = filters.filter(scope.draftId(), scope.agencyId());
        if (filter == null) {
            return;
        }
        ExportFormat chosen = format.getValue();
        long expected = chosen == ExportFormat.ZIP ? exports.countAttachments(filter) : exports.count(filter);
        if (expected == 0) {
            showCount();
            return;
        }
        if (job != null) {
            job.discard();
        }
        job = new ExportJob(exports, filter, chosen, getLocale(), expected, exports.fileName(filter, chosen));
        jobs.start(job);
        export.setEnabled(false);
        panel.show(job);
        getUI().ifPresent(ui -> polling.start(ui, this::poll));
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** One tick while the export runs; the last one, when it has ended, offers the file or says why not. */
    private void poll() {
        if (job == null) {
            return;
        }
        panel.show(job);
        if (job.finished()) {
            getUI().ifPresent(polling::stop);
            showCount();
            switch (job.state()) {
                case DONE -> Notices.success(getTranslation("feedback.export.done-notice"));
                case FAILED -> Notices.error(getTranslation("feedback.export.failed"));
                default -> { }
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.stop(detach.getUI());
        forgetJob();
    }

    /** Nobody can download the file any more: stop writing it, and delete it. */
    private void forgetJob() {
        if (job != null) {
            job.discard();
            job = null;
            panel.show(null);
            getUI().ifPresent(polling::stop);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.export.title") + " · Gopy";
    }
}
