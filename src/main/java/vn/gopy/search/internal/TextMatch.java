package vn.gopy.search.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import vn.gopy.search.internal.DraftFields.Weighted;

/**
 * The full-text predicate for a set of weighted text fields. Every word and phrase must occur, folded or
 * stemmed, in some field; with {@code typos}, longer words may be a letter or two off. Scores rise when the words occur with their
 * diacritics (the exact fields) and when they occur next to each other, as Vietnamese words of several
 * syllables do ("nhà ở xã hội").
 */
final class TextMatch {

    private static final float EXACT_BOOST = 2f;
    private static final float ADJACENT_BOOST = 3f;

    private TextMatch() {
    }

    static PredicateFinalStep of(SearchPredicateFactory f, QueryText text, List<Weighted> fields, boolean typos) {
        var bool = f.bool();
        for (String word : text.words()) {
            bool.must(f.or(foldedWord(f, word, fields, typos), match(f, fields, IndexedText::english).matching(word).toPredicate()));
        }
        for (String phrase : text.phrases()) {
            bool.must(f.or(phrase(f, fields, name -> name).matching(phrase),
                    phrase(f, fields, IndexedText::english).matching(phrase)));
        }
        bool.should(match(f, fields.stream().filter(Weighted::exact).toList(), IndexedText::exact)
                .matching(text.all()).boost(EXACT_BOOST));
        if (text.words().size() > 1) {
            List<Weighted> near = fields.stream().filter(Weighted::proximity).toList();
            bool.should(phrase(f, near, name -> name).matching(String.join(" ", text.words())).slop(1)
                    .boost(ADJACENT_BOOST));
        }
        return bool;
    }

    private static SearchPredicate foldedWord(SearchPredicateFactory f, String word, List<Weighted> fields,
            boolean typos) {
        int edits = typos ? QueryText.allowedEdits(word) : 0;
        var match = match(f, fields, name -> name).matching(word);
        return edits == 0 ? match.toPredicate() : match.fuzzy(edits, 1).toPredicate();
    }

    private static MatchPredicateFieldMoreStep<?, ?> match(SearchPredicateFactory f, List<Weighted> fields,
            UnaryOperator<String> variant) {
        MatchPredicateFieldMoreStep<?, ?> step = f.match().field(variant.apply(fields.getFirst().field()))
                .boost(fields.getFirst().boost());
        for (Weighted w : fields.subList(1, fields.size())) {
            step = step.field(variant.apply(w.field())).boost(w.boost());
        }
        return step;
    }

    private static PhrasePredicateFieldMoreStep<?, ?, ?> phrase(SearchPredicateFactory f, List<Weighted> fields,
            UnaryOperator<String> variant) {
        PhrasePredicateFieldMoreStep<?, ?, ?> step = f.phrase().field(variant.apply(fields.getFirst().field()))
                .boost(fields.getFirst().boost());
        for (Weighted w : fields.subList(1, fields.size())) {
            step = step.field(variant.apply(w.field())).boost(w.boost());
        }
        return step;
    }
}
