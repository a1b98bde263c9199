package vn.gopy.drafts.internal;

import java.util.List;

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
}
