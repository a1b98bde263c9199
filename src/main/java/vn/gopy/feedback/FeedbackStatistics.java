package vn.gopy.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.TextBlockView;
import vn.gopy.feedback.DraftStatistics.ArticleTally;
import vn.gopy.feedback.internal.FeedbackAccess;
import vn.gopy.feedback.internal.StatisticsQueries;
import vn.gopy.feedback.internal.StatisticsQueries.Breakdown;
import vn.gopy.security.Role;

/** The numbers behind a draft's feedback dashboard, for the drafting agency (and administrators). */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class FeedbackStatistics {

    static final int LARGEST_GROUPS = 10;

    private final StatisticsQueries queries;
    private final FeedbackAccess access;
    private final DraftCatalog catalog;

    FeedbackStatistics(StatisticsQueries queries, FeedbackAccess access, DraftCatalog catalog) {
        this.queries = queries;
        this.access = access;
        this.catalog = catalog;
    }

    public DraftStatistics forDraft(long draftId) {
        access.requireDraft(draftId);
        Breakdown counted = queries.breakdown(draftId);
        List<ArticleTally> articles = new ArrayList<>();
        for (TextBlockView article : catalog.page(draftId, null).articles()) {
            String key = article.label().toLowerCase(Locale.ROOT);
            articles.add(new ArticleTally(article.label(), article.title(), counted.byArticle().getOrDefault(key, 0L)));
        }
        return new DraftStatistics(counted.totals(), counted.byKind(), counted.byProvince(), counted.bySector(),
                articles, counted.byArticle().getOrDefault("", 0L), counted.perDay(),
                queries.largestGroups(draftId, LARGEST_GROUPS), queries.byOutcome(draftId));
    }
}
