package vn.gopy.drafts;

import java.util.List;
import java.util.Optional;

/**
 * Everything a draft's public page shows, for one version of its text. {@code preview} is true when a
 * staff member looks at a draft that is not public yet.
 */
public record DraftPage(DraftCard card, List<String> topics, ImpactView impact, VersionInfo version,
        List<VersionInfo> versions, List<TextBlockView> blocks, List<AttachmentInfo> attachments, boolean preview) {

    public List<TextBlockView> articles() {
        return blocks.stream().filter(TextBlockView::isArticle).toList();
    }

    public Optional<TextBlockView> article(String label) {
        return blocks.stream().filter(b -> b.isArticle() && b.label().equalsIgnoreCase(label)).findFirst();
    }

    public boolean isLatestVersion() {
        return versions.isEmpty() || versions.getLast().number() == version.number();
    }
}
