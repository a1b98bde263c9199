package vn.gopy.search.internal;

import java.time.Instant;

import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentState;
import vn.gopy.drafts.Draft;

import static vn.gopy.search.internal.CommentFields.*;

/**
 * Writes one comment's document. The e-mail address and the name of an author who did not agree to show it
 * never reach the index: what is not indexed cannot leak through a search.
 */
class CommentDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        context.bridge(Comment.class, new Bridge(context.indexSchemaElement()));
    }

    /**
     * Shown to the public on its own: published, not hidden after reports, and not one of a campaign's letters
     * other than its lead (the lead stands for all of them).
     */
    static boolean isPublic(Comment comment) {
        return comment.getState() == CommentState.PUBLISHED && comment.getHiddenAt() == null
                && comment.getCampaignLeadId() == null;
    }

    private static final class Bridge implements TypeBridge<Comment> {

        private final IndexedText publicText;
        private final IndexedText originalText;
        private final IndexedText organisation;
        private final IndexFieldReference<String> organisationName;
        private final IndexFieldReference<Boolean> isPublic;
        private final IndexFieldReference<String> state;
        private final IndexFieldReference<String> kind;
        private final IndexFieldReference<String> province;
        private final IndexFieldReference<Long> draftId;
        private final IndexFieldReference<String> draftTitle;
        private final IndexFieldReference<String> articleLabel;
        private final IndexFieldReference<String> authorName;
        private final IndexFieldReference<Instant> date;
        private final IndexFieldReference<Instant> confirmedAt;

        Bridge(IndexSchemaElement schema) {
            publicText = IndexedText.shortText(schema, PUBLIC_TEXT, true, false);
            originalText = IndexedText.shortText(schema, ORIGINAL_TEXT, true, false);
            organisation = IndexedText.shortText(schema, ORGANISATION, false, false);
            organisationName = stored(schema, ORGANISATION + "_name");
            isPublic = schema.field(PUBLIC, f -> f.asBoolean()).toReference();
            state = schema.field(STATE, f -> f.asString().projectable(Projectable.YES)).toReference();
            kind = schema.field(KIND, f -> f.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                    .toReference();
            province = schema.field(PROVINCE, f -> f.asString().projectable(Projectable.YES)).toReference();
            draftId = schema.field(DRAFT_ID, f -> f.asLong().projectable(Projectable.YES)).toReference();
            draftTitle = stored(schema, DRAFT_TITLE);
            articleLabel = stored(schema, ARTICLE_LABEL);
            authorName = stored(schema, AUTHOR_NAME);
            date = schema.field(DATE, f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES))
                    .toReference();
            confirmedAt = schema.field(CONFIRMED_AT, f -> f.asInstant().sortable(Sortable.YES)).toReference();
        }

        private static IndexFieldReference<String> stored(IndexSchemaElement schema, String name) {
            return schema.field(name, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
        }

        @Override
        public void write(DocumentElement target, Comment comment, TypeBridgeWriteContext context) {
            Draft draft = draftOf(comment, context);
            boolean english = "en".equals(comment.getLanguage()) || draft != null && "en".equals(draft.getLanguage());
            boolean shown = isPublic(comment);
            target.addValue(isPublic, shown);
            if (shown) {
                publicText.write(target, comment.publicText(), english);
            }
            originalText.write(target, comment.getText(), english);
            organisation.write(target, comment.getOrganisation(), english);
            target.addValue(organisationName, comment.getOrganisation());
            target.addValue(state, comment.getState().name());
            target.addValue(kind, comment.getCommenterKind() == null ? null : comment.getCommenterKind().name());
            target.addValue(province, comment.getProvinceCode());
            target.addValue(draftId, comment.getDraftId());
            target.addValue(draftTitle, draft == null ? null : draft.getTitle());
            target.addValue(articleLabel, comment.getArticleLabel());
            target.addValue(authorName, comment.publicName());
            target.addValue(date, comment.getDecidedAt() != null ? comment.getDecidedAt() : comment.getConfirmedAt());
            target.addValue(confirmedAt, comment.getConfirmedAt());
        }

        /** The draft's title is stored with the comment, so that a result needs no database. */
        private static Draft draftOf(Comment comment, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            return session.find(Draft.class, comment.getDraftId());
        }
    }
}
