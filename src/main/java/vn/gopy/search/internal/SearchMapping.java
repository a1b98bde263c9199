package vn.gopy.search.internal;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.TextBlock;

/**
 * What the index holds, declared here rather than with annotations on the entities, so that the drafts
 * module knows nothing of search: one document per public draft, one per article of its current text.
 * Which drafts and articles are in the index is decided by {@link DraftIndexing} and {@link Rebuilds},
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
    }
}
