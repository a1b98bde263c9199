package vn.gopy.feedback.ui.report;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.common.FileKind;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Progress;
import vn.gopy.feedback.ReceptionReports;
import vn.gopy.security.Role;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/**
 * The agency's reception report: read it as it stands (PDF) or take it to edit (DOCX), upload the edited
 * version if they edited it, and publish it once the consultation has closed and every comment is answered.
 */
@Route("feedback/:draftId([0-9]{1,18})/report")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReceptionReports reports;
    private final Dispositions dispositions;
    private final DraftService drafts;
    private final H1 title = new H1();
    private final Div content = new Div();
    private final Paragraph problem = new Paragraph();
    private final EditedReportField edited = new EditedReportField();
    private final Button publish = new Button();
    private DraftCard draft;

    ReportView(ReceptionReports reports, Dispositions dispositions, DraftService drafts) {
        this.reports = reports;
        this.dispositions = dispositions;
        this.drafts = drafts;
        addClassNames("page", "report-page");
        problem.addClassName("form-alert");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish-report");
        publish.addClickListener(e -> confirmPublication());
        add(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draft = drafts.cardForStaff(event.getRouteParameters().getLong("draftId").orElseThrow());
        show();
    }

    private void show() {
        title.setText(getTranslation("feedback.report-page.title"));
        content.removeAll();
        content.add(new Anchor("feedback/" + draft.id(), getTranslation("feedback.report-page.back", draft.title())));
        Progress progress = dispositions.progress(draft.id());
        content.add(progressLine(progress));
        reports.published(draft.id()).ifPresent(p -> content.add(new Paragraph(
                getTranslation("feedback.report-page.published", PortalTime.dateTime(p.publishedAt(),
                        getLocale())))));
        content.add(new H2(getTranslation("feedback.report-page.read")), downloads());
        content.add(new H2(getTranslation("feedback.report-page.publish")), publishHelp(progress), edited, problem,
                publish);
        publish.setText(getTranslation(draft.status() == DraftStatus.REPORT_PUBLISHED
                ? "feedback.report-page.publish-again" : "feedback.report-page.publish-button"));
        publish.setEnabled(mayPublish(progress));
    }

    private Div progressLine(Progress progress) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.total()), progress.answered());
        bar.getElement().setAttribute("aria-label", getTranslation("feedback.report-page.progress",
                progress.answered(), progress.total()));
        Div line = new Div(new Paragraph(getTranslation("feedback.report-page.progress", progress.answered(),
                progress.total())), bar);
        line.addClassName("report-progress");
        if (!progress.isComplete()) {
            line.add(new Anchor("feedback/" + draft.id() + "/answers?todo=1",
                    getTranslation("feedback.report-page.answer-rest")));
        }
        return line;
    }

    private Div downloads() {
        Div links = new Div();
        links.addClassName("report-downloads");
        for (FileKind format : FileKind.values()) {
            Anchor link = new Anchor(event -> {
                event.setFileName("bao-cao-tiep-thu-" + draft.id() + "-du-thao." + format.extension());
                event.setContentType(format.mediaType());
                event.getOutputStream().write(reports.generate(draft.id(), format));
            }, getTranslation("feedback.report-page.download." + format.name()));
            link.addClassName("report-download-" + format.extension());
            links.add(link);
        }
        return links;
    }

    private Paragraph publishHelp(Progress progress) {
        String key = draft.status() == DraftStatus.OPEN || draft.status() == DraftStatus.SCHEDULED
                ? "feedback.report-page.not-closed"
                : !progress.isComplete() ? "feedback.report-page.unanswered" : "feedback.report-page.ready";
        Paragraph help = new Paragraph(getTranslation(key, progress.total() - progress.answered()));
        help.addClassName("publish-help");
        return help;
    }

    private boolean mayPublish(Progress progress) {
        return (draft.status() == DraftStatus.CLOSED || draft.status() == DraftStatus.REPORT_PUBLISHED)
                && progress.isComplete();
    }

    private void confirmPublication() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("feedback.report-page.confirm.title"));
        dialog.setText(getTranslation(edited.file() == null ? "feedback.report-page.confirm.generated"
                : "feedback.report-page.confirm.edited", edited.fileName()));
        dialog.setConfirmText(getTranslation("feedback.report-page.publish-button"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> publishNow());
        dialog.open();
    }

    private void publishNow() {
        problem.setVisible(false);
        try {
            reports.publish(draft.id(), edited.file());
            Notices.success(getTranslation("feedback.report-page.done"));
            draft = drafts.cardForStaff(draft.id());
            edited.clear();
            show();
        } catch (InvalidInputException e) {
            problem.setText(String.join(" ", FieldErrors.show(this, e, Map.of())));
            problem.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.report-page.title") + " · Gopy";
    }
}
