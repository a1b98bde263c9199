package vn.gopy.search;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.security.Role;

/** Care of the search index: how it compares with the database, and rebuilding it. */
@Service
public class SearchIndex {

    /** One indexed type: how many rows the database has and how many documents the index has. */
    public record Count(String type, long inDatabase, long inIndex) {

        public boolean matches() {
            return inDatabase == inIndex;
        }
    }

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;

    SearchIndex(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Transactional(readOnly = true)
    public List<Count> counts() {
        SearchSession session = Search.session(entityManager);
        return session.scope(Object.class).includedTypes().stream().map(type -> {
            long inIndex = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            long inDatabase = entityManager.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                    .getSingleResult();
            return new Count(type.jpaName(), inDatabase, inIndex);
        }).toList();
    }

    /** Rebuilds every index from the database; blocks until done. */
    @RolesAllowed(Role.Names.ADMIN)
    public void rebuild() throws InterruptedException {
        rebuildAll();
    }

    void rebuildAll() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(2).startAndWait();
    }
}
