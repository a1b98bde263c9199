package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.drafts.DraftFixtures;

@IntegrationTest
class IndexBootstrapTest {

    @Autowired IndexBootstrap bootstrap;
    @Autowired SearchIndex index;
    @Autowired DraftFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired CommentFixtures comments;

    @Test
    void anEmptiedIndexIsRebuiltFromTheDatabaseAtStartUp() throws InterruptedException {
        database.clear();
        long agency = fixtures.agency("BYT");
        fixtures.openDraft(agency, "IDX-1", 40);
        long draft = fixtures.openDraft(agency, "IDX-2", 40);
        comments.published(CommentFixtures.submission(draft, "1", "Góp ý về chỉ mục.", CommentFixtures.uniqueEmail()));
        var workspace = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(index.counts()).allSatisfy(c -> assertThat(c.inIndex()).isZero());

        bootstrap.rebuildIfOutOfStep();

        assertThat(index.counts()).extracting(SearchIndex.Count::inDatabase).containsExactly(2L, 6L, 1L);
        assertThat(index.counts()).allSatisfy(c -> assertThat(c.matches()).isTrue());
    }
}
