package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftFixtures;

@IntegrationTest
class IndexBootstrapTest {

    @Autowired IndexBootstrap bootstrap;
    @Autowired SearchIndex index;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void anEmptiedIndexIsRebuiltFromTheDatabaseAtStartUp() throws InterruptedException {
        database.clear();
        Search.mapping(entityManagerFactory).scope(Draft.class).workspace().purge();
        long agency = fixtures.agency("BYT");
        fixtures.openDraft(agency, "IDX-1", 40);
        fixtures.openDraft(agency, "IDX-2", 40);
        Search.mapping(entityManagerFactory).scope(Draft.class).workspace().purge();
        assertThat(index.counts()).allSatisfy(c -> assertThat(c.inIndex()).isZero());

        bootstrap.rebuildIfOutOfStep();

        assertThat(index.counts()).singleElement().satisfies(c -> {
            assertThat(c.inDatabase()).isEqualTo(2);
            assertThat(c.matches()).isTrue();
        });
    }
}
