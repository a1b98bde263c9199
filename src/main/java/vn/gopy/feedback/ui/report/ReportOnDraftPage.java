package vn.gopy.feedback.ui.report;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.common.FileKind;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.ui.DraftPageAddition;
import vn.gopy.drafts.ui.DraftPageAdditions;
import vn.gopy.feedback.PublishedReport;
import vn.gopy.feedback.ReceptionReports;

/** Once published, the reception report sits at the top of the draft's page: when, how answered, its files. */
@org.springframework.stereotype.Component
class ReportOnDraftPage implements DraftPageAddition {

    private final ReceptionReports reports;

    ReportOnDraftPage(ReceptionReports reports) {
        this.reports = reports;
    }

    @Override
    public DraftPageAdditions forDraft(DraftCard draft, boolean latestVersion) {
        return reports.published(draft.id()).<DraftPageAdditions>map(report -> new DraftPageAdditions() {
            @Override
            public Component top() {
                return panel(report);
            }
        }).orElse(new DraftPageAdditions() {
        });
    }

    private static Component panel(PublishedReport report) {
        Div panel = new Div();
        panel.setId(ReportLinks.SECTION_ID);
        panel.addClassName("reception-report-panel");
        Locale locale = UI.getCurrent().getLocale();
        panel.add(new H2(panel.getTranslation("feedback.published.title")));
        panel.add(new Paragraph(panel.getTranslation("feedback.published.when",
                PortalTime.date(report.publishedAt(), locale))));
        Div outcomes = new Div();
        outcomes.addClassName("report-outcomes");
        report.byOutcome().forEach(t -> {
            Span count = new Span(panel.getTranslation("feedback.outcome." + t.code()) + ": " + t.count());
            count.addClassNames("badge", "outcome-" + t.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            outcomes.add(count);
        });
        panel.add(outcomes);
        Div files = new Div();
        files.addClassName("report-files");
        for (FileKind format : report.formats()) {
            Anchor file = new Anchor(ReportLinks.file(report.draftId(), format),
                    panel.getTranslation("feedback.published.download." + format.name()));
            file.setTarget(AnchorTarget.BLANK);
            file.setRouterIgnore(true);
            files.add(file);
        }
        panel.add(files);
        if (report.edited()) {
            panel.add(new Paragraph(panel.getTranslation("feedback.published.edited")));
        }
        panel.add(new Paragraph(new Anchor("/track", panel.getTranslation("feedback.published.track"))));
        return panel;
    }
}
