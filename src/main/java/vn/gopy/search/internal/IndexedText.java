package vn.gopy.search.internal;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaFieldOptionsStep;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;

/**
 * One text indexed the three ways of {@link SearchAnalysis}: folded under its name (the field that is
 * highlighted), exact under {@code name_exact}, and stemmed under {@code name_en} for English drafts only.
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

    /** A text shown in results: stored, so that it can be highlighted. */
    static IndexedText shown(IndexSchemaElement schema, String name, boolean multiValued) {
        return declare(schema, name, true, multiValued);
    }

    /** A text only searched: not stored, which keeps the index small. */
    static IndexedText searched(IndexSchemaElement schema, String name, boolean multiValued) {
        return declare(schema, name, false, multiValued);
    }

    private static IndexedText declare(IndexSchemaElement schema, String name, boolean shown, boolean multiValued) {
        var folded = schema.field(name, f -> {
            var type = f.asString().analyzer(SearchAnalysis.FOLDED);
            return shown ? type.projectable(Projectable.YES).highlightable(List.of(Highlightable.UNIFIED)) : type;
        });
        var exact = schema.field(exact(name), f -> f.asString().analyzer(SearchAnalysis.EXACT));
        var english = schema.field(english(name), f -> f.asString().analyzer(SearchAnalysis.ENGLISH));
        return new IndexedText(reference(folded, multiValued), reference(exact, multiValued),
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
        document.addValue(exact, value);
        if (isEnglish) {
            document.addValue(english, value);
        }
    }
}
