package vn.gopy.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.gopy.drafts.TextBlock;
import vn.gopy.search.ArticleHit;

/**
 * For the drafts of one result page, the article of each that best matches the words: a second, small
 * query on the articles' documents, restricted to those drafts, so a result can link straight to it.
 */
final class BestArticles {

    /** Enough hits to find one article for each draft of a page, even when one draft has many matches. */
    private static final int CANDIDATES = 60;

    private BestArticles() {
    }

    static Map<Long, ArticleHit> of(SearchSession session, QueryText text, List<Long> draftIds) {
        Map<Long, ArticleHit> best = new HashMap<>();
        if (text.isEmpty() || draftIds.isEmpty()) {
            return best;
        }
        List<List<?>> rows = session.search(TextBlock.class)
                .select(f -> f.composite().from(f.field(ArticleFields.DRAFT_ID, Long.class),
                        f.field(ArticleFields.LABEL, String.class), f.field(ArticleFields.TITLE, String.class),
                        f.highlight(ArticleFields.TITLE),
                        f.highlight(ArticleFields.BODY)).asList())
                .where((f, root) -> {
                    root.add(f.terms().field(ArticleFields.DRAFT_ID).matchingAny(draftIds));
                    root.add(TextMatch.of(f, text, ArticleFields.TEXTS));
                })
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
                .highlighter(ArticleFields.TITLE, h -> h.plain().numberOfFragments(1).fragmentSize(300))
                .highlighter(ArticleFields.BODY, h -> h.plain().numberOfFragments(1).fragmentSize(200)
                        .noMatchSize(200))
                .fetchHits(CANDIDATES);
        for (List<?> row : rows) {
            String title = Highlights.first(row.get(3));
            best.putIfAbsent((Long) row.get(0), new ArticleHit((String) row.get(1),
                    title.isEmpty() ? Highlights.escaped((String) row.get(2)) : title, Highlights.first(row.get(4))));
        }
        return best;
    }
}
