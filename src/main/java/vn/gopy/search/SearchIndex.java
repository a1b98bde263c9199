package vn.gopy.search;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.search.internal.IndexedContent;
import vn.gopy.security.Role;

/**
 * Care of the search index: how it compares with the database, and rebuilding it from the database with
 * progress that an administrator can watch.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** One indexed type: how many entities belong in the index and how many documents it has. */
    public record Count(String type, long inDatabase, long inIndex) {

        public boolean matches() {
            return inDatabase == inIndex;
        }
    }

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> last = new AtomicReference<>(RebuildProgress.NEVER);
    private final AtomicLong done = new AtomicLong();

    SearchIndex(EntityManager entityManager, EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Count> counts() {
        SearchSession session = Search.session(entityManager);
        return Arrays.stream(IndexedContent.values()).map(content -> {
            long inIndex = session.search(content.entity()).where(f -> f.matchAll()).fetchTotalHitCount();
            return new Count(content.name().toLowerCase(), inDatabase(content), inIndex);
        }).toList();
    }

    /** Starts rebuilding every index in the background; false if a rebuild is already running. */
    @RolesAllowed(Role.Names.ADMIN)
    public boolean startRebuild() {
        return begin() && finishWhenDone(indexer().start()) != null;
    }

    /** Rebuilds every index and waits until it is done. */
    @RolesAllowed(Role.Names.ADMIN)
    public void rebuild() throws InterruptedException {
        rebuildAndWait();
    }

    public RebuildProgress progress() {
        RebuildProgress p = last.get();
        return p.running() ? new RebuildProgress(true, done.get(), p.total(), p.startedAt(), null, null) : p;
    }

    /** For the start-up check, which runs without a signed-in administrator. */
    public void rebuildAndWait() throws InterruptedException {
        if (!begin()) {
            return;
        }
        try {
            indexer().startAndWait();
            finish(null);
        } catch (RuntimeException | InterruptedException e) {
            finish(e);
            throw e;
        }
    }

    private boolean begin() {
        RebuildProgress current = last.get();
        if (current.running()) {
            return false;
        }
        long total = Arrays.stream(IndexedContent.values()).mapToLong(this::inDatabaseInNewTransaction).sum();
        done.set(0);
        return last.compareAndSet(current, new RebuildProgress(true, 0, total, clock.instant(), null, null));
    }

    private CompletionStage<?> finishWhenDone(CompletionStage<?> running) {
        return running.whenComplete((result, failure) -> finish(failure));
    }

    private void finish(Throwable failure) {
        RebuildProgress p = last.get();
        if (failure != null) {
            log.error("Rebuilding the search index failed", failure);
        } else {
            log.info("Search index rebuilt: {} documents in {}", done.get(),
                    Duration.between(p.startedAt(), clock.instant()));
        }
        last.set(new RebuildProgress(false, done.get(), p.total(), p.startedAt(), clock.instant(),
                failure == null ? null : String.valueOf(failure.getMessage())));
    }

    private MassIndexer indexer() {
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer();
        for (IndexedContent content : IndexedContent.values()) {
            var step = indexer.type(content.entity()).reindexOnly(content.condition());
            content.parameters().forEach(step::param);
        }
        // Two loading threads per type keep both cores busy; large batches mean fewer round trips.
        return indexer.typesToIndexInParallel(2).threadsToLoadObjects(2).batchSizeToLoadObjects(100)
                .monitor(new Progress());
    }

    private long inDatabase(IndexedContent content) {
        TypedQuery<Long> query = entityManager.createQuery(content.countQuery(), Long.class);
        content.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private long inDatabaseInNewTransaction(IndexedContent content) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            TypedQuery<Long> query = em.createQuery(content.countQuery(), Long.class);
            content.parameters().forEach(query::setParameter);
            return query.getSingleResult();
        }
    }

    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
