package vn.gopy.search.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    static Map<Long, ArticleHit> of(SearchSession session, QueryText text, boolean typos, List<Long> draftIds) {
        if (text.isEmpty() || draftIds.isEmpty()) {
            return Map.of();
        }
        // First the best article of each draft, without highlights (the costly part), then highlights for those.
        Map<Long, Long> bestOfDraft = new LinkedHashMap<>();
        session.search(TextBlock.class)
                .select(f -> f.composite().from(f.field(ArticleFields.DRAFT_ID, Long.class), f.id(Long.class)).asList())
                .where((f, root) -> {
                    root.add(f.terms().field(ArticleFields.DRAFT_ID).matchingAny(draftIds));
                    root.add(TextMatch.of(f, text, ArticleFields.TEXTS, typos));
                })
                .fetchHits(CANDIDATES)
                .forEach(row -> bestOfDraft.putIfAbsent((Long) row.get(0), (Long) row.get(1)));
        if (bestOfDraft.isEmpty()) {
            return Map.of();
        }
        Map<Long, ArticleHit> best = new HashMap<>();
        session.search(TextBlock.class)
                .select(f -> f.composite().from(f.field(ArticleFields.DRAFT_ID, Long.class),
                        f.field(ArticleFields.LABEL, String.class), f.field(ArticleFields.TITLE, String.class),
                        f.highlight(ArticleFields.TITLE), f.highlight(ArticleFields.BODY)).asList())
                .where((f, root) -> {
                    root.add(f.id().matchingAny(bestOfDraft.values()));
                    root.add(TextMatch.of(f, text, ArticleFields.TEXTS, typos));
                })
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
                .fetchHits(bestOfDraft.size())
                .forEach(row -> {
                    String title = Highlights.first(row.get(3));
                    best.put((Long) row.get(0), new ArticleHit((String) row.get(1),
                            title.isEmpty() ? Highlights.escaped((String) row.get(2)) : title,
                            Highlights.first(row.get(4))));
                });
        return best;
    }
}
