package vn.gopy.feedback.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.feedback.DraftStatistics;
import vn.gopy.feedback.DraftStatistics.Totals;
import vn.gopy.feedback.FeedbackStatistics;
import vn.gopy.feedback.Progress;
import vn.gopy.security.Role;
import vn.gopy.taxonomies.Taxonomies;

/**
 * A draft's comments at a glance, for its drafting agency: the totals as big numbers with the answering progress,
 * then who commented, from where, in which sector, day by day, the largest form-letter campaigns, the outcomes, and
 * on which article (the table of contents as a heat map, each article opening its comments to answer).
 */
@Route("feedback/:draftId([0-9]+)")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class FeedbackDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final FeedbackStatistics statistics;
    private final Taxonomies taxonomies;
    private final Clock clock;
    private DraftCard draft;

    FeedbackDashboardView(DraftService drafts, FeedbackStatistics statistics, Taxonomies taxonomies, Clock clock) {
        this.drafts = drafts;
        this.statistics = statistics;
        this.taxonomies = taxonomies;
        this.clock = clock;
        addClassNames("page", "feedback-page", "feedback-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DraftStatistics numbers;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("draftId").orElseThrow());
            draft = drafts.cardForStaff(id);
            numbers = statistics.forDraft(id);
        } catch (NumberFormatException | AccessDeniedException | NotFoundException e) {
            // Another agency's draft is none of this drafter's business, not even its existence.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back = new Anchor(FeedbackLinks.index(), getTranslation("feedback.index.title"));
        back.addClassName("feedback-back");
        Span reference = new Span(draft.referenceNumber());
        reference.addClassName("muted");
        Div meta = new Div(FeedbackFormats.statusBadge(this, draft.status()), reference);
        meta.addClassName("feedback-draft-meta");
        add(back, new H1(draft.title()), meta, links(), totals(numbers.totals()));
        if (numbers.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("feedback.dashboard.empty"));
            empty.addClassNames("empty-state", "dashboard-empty");
            add(empty);
            return;
        }
        add(charts(numbers));
    }

    private Nav links() {
        Anchor answers = new Anchor(FeedbackLinks.answers(draft.id()), getTranslation("feedback.link.answers"));
        answers.addClassNames("feedback-action", "feedback-action-primary", "answers-link");
        Anchor export = new Anchor(FeedbackLinks.export(draft.id()), getTranslation("feedback.link.export"));
        export.addClassNames("feedback-action", "export-link");
        Anchor report = new Anchor(FeedbackLinks.report(draft.id()), getTranslation("feedback.link.report"));
        report.addClassNames("feedback-action", "report-link");
        Nav links = new Nav(answers, export, report);
        links.addClassName("feedback-actions");
        links.getElement().setAttribute("aria-label", getTranslation("feedback.dashboard.title"));
        return links;
    }

    private Section totals(Totals totals) {
        Div numbers = new Div(number("confirmed", totals.confirmed()), number("published", totals.published()),
                number("not-published", totals.notPublished()), number("awaiting", totals.awaiting()));
        numbers.addClassName("dashboard-numbers");
        ProgressLine progress = new ProgressLine("feedback.progress.answered");
        progress.show(new Progress(totals.answered(), totals.published()));
        H2 heading = new H2(getTranslation("feedback.dashboard.totals"));
        Section section = new Section(heading, numbers, progress);
        section.addClassName("dashboard-totals");
        return section;
    }

    private Div number(String name, long value) {
        Span figure = new Span(String.format(getLocale(), "%,d", value));
        figure.addClassName("dashboard-number-value");
        Span label = new Span(getTranslation("feedback.dashboard." + name));
        label.addClassName("dashboard-number-label");
        Div number = new Div(figure, label);
        number.addClassNames("dashboard-number", "dashboard-" + name);
        return number;
    }

    private Section charts(DraftStatistics numbers) {
        DashboardCharts charts = new DashboardCharts(this, draft.id(), numbers);
        Div grid = new Div(charts.byKind(), charts.byProvince(c -> taxonomies.provinces().name(c, getLocale())),
                charts.bySector(c -> taxonomies.sectors().name(c, getLocale())),
                charts.perDay(draft.opensAt(), draft.closesAt(), PortalTime.today(clock)),
                charts.largestGroups(), charts.byOutcome());
        grid.addClassName("dashboard-charts");
        Paragraph articleHelp = new Paragraph(getTranslation("feedback.dashboard.by-article.help"));
        articleHelp.addClassName("muted");
        Div articles = new Div(charts.byArticle(), articleHelp);
        articles.addClassName("dashboard-articles");
        // The table of contents comes last: a real law has hundreds of articles, which would push the rest far down.
        Section section = new Section(new H2(getTranslation("feedback.dashboard.charts")), grid, articles);
        section.addClassName("dashboard-analysis");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? getTranslation("feedback.dashboard.title") : draft.title()) + " · Gopy";
    }
}
