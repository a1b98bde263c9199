package vn.gopy.search.internal;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaFieldOptionsStep;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;

/**
 * One text indexed the ways of {@link SearchAnalysis}: folded under its name (the field that is
 * highlighted), stemmed under {@code name_en} for English drafts only, and, for short texts (titles,
 * summaries, names), exact under {@code name_exact}. Long texts (the articles' clauses) have no exact copy:
 * it would double the work of indexing a law for a small gain in ranking, which the short texts give.
 */
final class IndexedText {

    private final IndexFieldReference<String> folded;
    private final IndexFieldReference<String> exact;
    private final IndexFieldReference<String> english;

    private IndexedText(IndexFieldReference<String> folded, IndexFieldReference<String> exact,
            IndexFieldReference<String> english) {
        this.folded = folded;
        this.exact = exact;
        this.english = english;
    }

    static String exact(String field) {
        return field + "_exact";
    }

    static String english(String field) {
        return field + "_en";
    }

    /** A short text: folded, exact and stemmed; stored and highlighted if {@code shown}. */
    static IndexedText shortText(IndexSchemaElement schema, String name, boolean shown, boolean multiValued) {
        return declare(schema, name, shown, multiValued, true);
    }

    /** A long text: folded and stemmed; stored and highlighted if {@code shown}. */
    static IndexedText longText(IndexSchemaElement schema, String name, boolean shown, boolean multiValued) {
        return declare(schema, name, shown, multiValued, false);
    }

    private static IndexedText declare(IndexSchemaElement schema, String name, boolean shown, boolean multiValued,
            boolean withExact) {
        var folded = schema.field(name, f -> {
            var type = f.asString().analyzer(SearchAnalysis.FOLDED);
            return shown ? type.projectable(Projectable.YES).highlightable(List.of(Highlightable.UNIFIED)) : type;
        });
        var exact = withExact ? schema.field(exact(name), f -> f.asString().analyzer(SearchAnalysis.EXACT)) : null;
        var english = schema.field(english(name), f -> f.asString().analyzer(SearchAnalysis.ENGLISH));
        return new IndexedText(reference(folded, multiValued), exact == null ? null : reference(exact, multiValued),
                reference(english, multiValued));
    }

    private static IndexFieldReference<String> reference(
            IndexSchemaFieldOptionsStep<?, IndexFieldReference<String>> field, boolean multiValued) {
        return multiValued ? field.multiValued().toReference() : field.toReference();
    }

    void write(DocumentElement document, String value, boolean isEnglish) {
        if (value == null || value.isBlank()) {
            return;
        }
        document.addValue(folded, value);
        if (exact != null) {
            document.addValue(exact, value);
        }
        if (isEnglish) {
            document.addValue(english, value);
        }
    }
}
