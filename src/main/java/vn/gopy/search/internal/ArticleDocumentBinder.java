package vn.gopy.search.internal;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.TextBlock;

import static vn.gopy.search.internal.ArticleFields.*;

/**
 * Writes one article's document: which draft it belongs to (to filter by and to link), its label (the
 * number, "12", as in the article's address) and title, and its clauses, stored so that the matching words can be highlighted.
 */
class ArticleDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        context.bridge(TextBlock.class, new Bridge(context.indexSchemaElement()));
    }

    /** The words of an article as the draft's own document indexes them. */
    static String fullText(TextBlock article) {
        return join(article.getLabel(), article.getTitle()) + "\n" + nullToEmpty(article.getBody());
    }

    private static String join(String label, String title) {
        return nullToEmpty(label) + (title == null || title.isBlank() ? "" : ". " + title);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Bridge implements TypeBridge<TextBlock> {

        private final IndexFieldReference<Long> draftId;
        private final IndexFieldReference<String> draftTitle;
        private final IndexFieldReference<String> label;
        private final IndexedText title;
        private final IndexedText body;
        private final IndexFieldReference<String> titlePrefixes;

        Bridge(IndexSchemaElement schema) {
            draftId = schema.field(DRAFT_ID, f -> f.asLong().projectable(Projectable.YES)).toReference();
            draftTitle = schema.field(DRAFT_TITLE, f -> f.asString().projectable(Projectable.YES)
                    .searchable(Searchable.NO)).toReference();
            label = schema.field(LABEL, f -> f.asString().projectable(Projectable.YES)).toReference();
            title = IndexedText.shown(schema, TITLE, false);
            body = IndexedText.shown(schema, BODY, false);
            titlePrefixes = schema.field(TITLE_PREFIXES, f -> f.asString().analyzer(SearchAnalysis.PREFIXES)
                    .searchAnalyzer(SearchAnalysis.FOLDED)).toReference();
        }

        @Override
        public void write(DocumentElement target, TextBlock article, TypeBridgeWriteContext context) {
            Draft draft = article.getVersion().getDraft();
            boolean english = "en".equals(draft.getLanguage());
            target.addValue(draftId, draft.getId());
            target.addValue(draftTitle, draft.getTitle());
            target.addValue(label, article.getLabel());
            title.write(target, article.getTitle(), english);
            body.write(target, article.getBody(), english);
            if (article.getTitle() != null) {
                target.addValue(titlePrefixes, article.getTitle());
            }
        }
    }
}
