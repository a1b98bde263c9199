package vn.gopy.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.TextBlock;
import vn.gopy.search.Suggestion;

/**
 * Completions while typing: titles of drafts and of articles in which every typed word starts a word,
 * with or without diacritics ("nha o xa h" → "Nhà ở xã hội"). Titles with the words in order, and with
 * their diacritics, come first.
 */
@Component
class Suggestions {

    private static final int MAX_TYPED = 100;

    List<Suggestion> suggest(SearchSession session, String typed, int limit) {
        QueryText text = QueryText.parse(typed == null ? "" : typed.strip());
        List<String> words = new ArrayList<>(text.words());
        text.phrases().forEach(p -> words.addAll(List.of(p.split(" "))));
        if (words.isEmpty() || String.join("", words).length() < 2 || String.join(" ", words).length() > MAX_TYPED
                || limit <= 0) {
            return List.of();
        }
        List<Scored> found = new ArrayList<>();
        session.search(Draft.class)
                .select(f -> f.composite().from(f.score(), f.id(Long.class), f.field(DraftFields.TITLE, String.class))
                        .asList())
                .where(f -> predicate(f, words, DraftFields.TITLE_PREFIXES, DraftFields.TITLE))
                .fetchHits(limit)
                .forEach(row -> found.add(new Scored((Float) row.get(0), new Suggestion((Long) row.get(1),
                        (String) row.get(2), null, TypedWords.mark((String) row.get(2), words)))));
        session.search(TextBlock.class)
                .select(f -> f.composite().from(f.score(), f.field(ArticleFields.DRAFT_ID, Long.class),
                        f.field(ArticleFields.DRAFT_TITLE, String.class), f.field(ArticleFields.LABEL, String.class),
                        f.field(ArticleFields.TITLE, String.class)).asList())
                .where(f -> predicate(f, words, ArticleFields.TITLE_PREFIXES, ArticleFields.TITLE))
                .fetchHits(limit)
                .forEach(row -> found.add(new Scored((Float) row.get(0), new Suggestion((Long) row.get(1),
                        (String) row.get(2), (String) row.get(3), TypedWords.mark((String) row.get(4), words)))));
        return found.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(limit)
                .map(Scored::suggestion).toList();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, List<String> words, String prefixes,
            String title) {
        var bool = f.bool();
        words.forEach(word -> bool.must(f.match().field(prefixes).matching(word)));
        bool.should(f.match().field(IndexedText.exact(title)).matching(String.join(" ", words)));
        if (words.size() > 1) {
            bool.should(f.phrase().field(title).matching(String.join(" ", words)).slop(1).boost(2));
        }
        return bool;
    }

    private record Scored(float score, Suggestion suggestion) {
    }
}
