package vn.gopy.drafts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.gopy.drafts.TextBlock;
import vn.gopy.drafts.TextBlockView;

public interface TextBlockRepository extends JpaRepository<TextBlock, Long> {

    /** A version's text in reading order, straight into read-only views (no entities to manage). */
    @Query("""
            select new vn.gopy.drafts.TextBlockView(b.id, b.kind, b.label, b.title, b.body)
            from TextBlock b where b.version.id = :versionId order by b.position""")
    List<TextBlockView> findViewsByVersion(long versionId);

    /** One article of a version by its label ("12", "12a"), case as written. */
    @Query("""
            select new vn.gopy.drafts.TextBlockView(b.id, b.kind, b.label, b.title, b.body)
            from TextBlock b where b.version.id = :versionId and b.kind = vn.gopy.drafts.BlockKind.ARTICLE
            and lower(b.label) = lower(:label) order by b.position limit 1""")
    Optional<TextBlockView> findArticle(long versionId, String label);
}
