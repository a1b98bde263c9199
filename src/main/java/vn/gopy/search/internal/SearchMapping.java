package vn.gopy.search.internal;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import vn.gopy.drafts.Draft;

/**
 * What the index holds, declared here rather than with annotations on the entities, so that the drafts
 * module knows nothing of search. Registered with {@code hibernate.search.mapping.configurer}.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep draft = context.programmaticMapping().type(Draft.class);
        draft.indexed().index("draft");
        draft.property("referenceNumber").keywordField();
        draft.property("title").fullTextField();
        draft.property("summary").fullTextField();
        draft.property("agencyId").genericField();
        draft.property("documentTypeCode").keywordField();
        draft.property("status").keywordField();
    }
}
