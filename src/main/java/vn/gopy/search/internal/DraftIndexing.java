package vn.gopy.search.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gopy.agencies.AgencyChanged;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftEvents.DraftEvent;
import vn.gopy.drafts.TextBlock;

/**
 * Keeps the index in step with the drafts, driven by the drafts' events rather than by every entity
 * change: a draft being written, saved every few seconds, costs the index nothing, and a change to a public
 * draft re-indexes it once. Runs after the change is committed; the event publication registry re-delivers
 * an event whose indexing did not finish (a crash), and the health check shows any gap that remains.
 */
@Component
class DraftIndexing {

    private static final Logger log = LoggerFactory.getLogger(DraftIndexing.class);

    private final EntityManager entityManager;
    private final AgencyNames agencyNames;

    DraftIndexing(EntityManager entityManager, AgencyNames agencyNames) {
        this.entityManager = entityManager;
        this.agencyNames = agencyNames;
    }

    /** First among the listeners after commit: the alerts then ask the index about the draft as it is now. */
    @TransactionalEventListener
    @Order(0)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DraftEvent event) {
        reindex(event.draftId());
    }

    /** The agency's names are searchable words of its drafts. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AgencyChanged event) {
        agencyNames.forget();
        entityManager.createQuery("select d.id from Draft d where d.agencyId = :agency", Long.class)
                .setParameter("agency", event.agencyId()).getResultList().forEach(this::reindex);
    }

    /** Indexes the draft and its current articles if it is public; removes everything else of it. */
    void reindex(long draftId) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        Draft draft = entityManager.find(Draft.class, draftId);
        boolean visible = draft != null && draft.getStatus().isPublic();
        if (visible) {
            plan.addOrUpdate(draft);
        } else {
            plan.purge(Draft.class, draftId, null);
        }
        Set<Long> current = visible
                ? draft.currentArticles().stream().map(TextBlock::getId).collect(Collectors.toSet())
                : Set.of();
        List<TextBlock> articles = entityManager.createQuery(
                "select b from TextBlock b where b.version.draft.id = :draftId and b.kind = :article", TextBlock.class)
                .setParameter("draftId", draftId).setParameter("article", BlockKind.ARTICLE).getResultList();
        for (TextBlock article : articles) {
            if (current.contains(article.getId())) {
                plan.addOrUpdate(article);
            } else {
                plan.purge(TextBlock.class, article.getId(), null);
            }
        }
        log.debug("Indexed draft {} with {} current articles", draftId, current.size());
    }
}
