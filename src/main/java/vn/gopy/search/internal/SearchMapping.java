package vn.gopy.search.internal;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import vn.gopy.comments.Comment;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.TextBlock;

/**
 * What the index holds, declared here rather than with annotations on the entities, so that the drafts
 * and comments modules know nothing of search: one document per public draft, one per article of its current
 * text, one per confirmed comment. What is in the index is decided by {@link DraftIndexing},
 * {@link CommentIndexing} and {@link IndexedContent},
 * not by Hibernate Search's automatic indexing, which is off (see docs/decisions/0012-search.md).
 * Registered with {@code hibernate.search.mapping.configurer}.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep draft = context.programmaticMapping().type(Draft.class);
        draft.indexed().index(DraftFields.INDEX);
        draft.binder(new DraftDocumentBinder());
        TypeMappingStep article = context.programmaticMapping().type(TextBlock.class);
        article.indexed().index(ArticleFields.INDEX);
        article.binder(new ArticleDocumentBinder());
        TypeMappingStep comment = context.programmaticMapping().type(Comment.class);
        comment.indexed().index(CommentFields.INDEX);
        comment.binder(new CommentDocumentBinder());
    }
}
