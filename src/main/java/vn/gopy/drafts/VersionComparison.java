package vn.gopy.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import vn.gopy.common.PlainText;

/**
 * How two versions of a text differ, article by article. Revisions renumber articles when one is added or
 * removed, so articles are paired by their titles in order (a longest common subsequence), not by number;
 * within a changed article, the words removed and added are marked.
 */
public record VersionComparison(int fromVersion, int toVersion, List<ArticleChange> articles) {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    public enum Op {
        SAME, REMOVED, ADDED
    }

    /** A run of text that is the same in both versions, or only in the old or the new one. */
    public record Segment(Op op, String text) {
    }

    /** One article's fate. {@code oldLabel} is null for an added article, {@code newLabel} for a removed one. */
    public record ArticleChange(String oldLabel, String newLabel, String oldTitle, String newTitle, Change change,
            List<Segment> segments) {

        /** The number the article has now, or had before it was removed. */
        public String label() {
            return newLabel != null ? newLabel : oldLabel;
        }

        public String title() {
            return newTitle != null ? newTitle : oldTitle;
        }

        public boolean renumbered() {
            return oldLabel != null && newLabel != null && !oldLabel.equalsIgnoreCase(newLabel);
        }
    }

    /** Below this share of words in common, two articles in the same place are not one article reworded. */
    private static final double SAME_ARTICLE = 0.3;

    public long count(Change change) {
        return articles.stream().filter(a -> a.change() == change).count();
    }

    static VersionComparison between(int fromNumber, List<TextBlockView> from, int toNumber, List<TextBlockView> to) {
        List<TextBlockView> before = from.stream().filter(TextBlockView::isArticle).toList();
        List<TextBlockView> after = to.stream().filter(TextBlockView::isArticle).toList();
        List<ArticleChange> changes = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(keys(before), keys(after)).getDeltas()) {
            while (ai < delta.getSource().getPosition()) {
                changes.add(compare(before.get(ai++), after.get(bi++)));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            pairInPlace(before.subList(ai, ai + removed), after.subList(bi, bi + added), changes);
            ai += removed;
            bi += added;
        }
        while (ai < before.size()) {
            changes.add(compare(before.get(ai++), after.get(bi++)));
        }
        return new VersionComparison(fromNumber, toNumber, List.copyOf(changes));
    }

    /** Articles whose titles changed in the same place: the same article reworded if enough words remain. */
    private static void pairInPlace(List<TextBlockView> old, List<TextBlockView> now, List<ArticleChange> changes) {
        int paired = Math.min(old.size(), now.size());
        for (int i = 0; i < paired; i++) {
            ArticleChange change = compare(old.get(i), now.get(i));
            if (sharedWords(change.segments()) >= SAME_ARTICLE) {
                changes.add(change);
            } else {
                changes.add(removed(old.get(i)));
                changes.add(added(now.get(i)));
            }
        }
        old.subList(paired, old.size()).forEach(a -> changes.add(removed(a)));
        now.subList(paired, now.size()).forEach(a -> changes.add(added(a)));
    }

    private static List<String> keys(List<TextBlockView> articles) {
        return articles.stream().map(a -> a.title().isBlank() ? "#" + a.label() : PlainText.singleLine(a.title())
                .toLowerCase(Locale.ROOT)).toList();
    }

    private static ArticleChange added(TextBlockView a) {
        return new ArticleChange(null, a.label(), null, a.title(), Change.ADDED, List.of(new Segment(Op.ADDED, a.body())));
    }

    private static ArticleChange removed(TextBlockView a) {
        return new ArticleChange(a.label(), null, a.title(), null, Change.REMOVED,
                List.of(new Segment(Op.REMOVED, a.body())));
    }

    private static ArticleChange compare(TextBlockView before, TextBlockView now) {
        boolean same = before.body().equals(now.body()) && before.title().equals(now.title());
        List<Segment> segments = same ? List.of(new Segment(Op.SAME, now.body())) : WordDiff.between(before.body(), now.body());
        return new ArticleChange(before.label(), now.label(), before.title(), now.title(),
                same ? Change.UNCHANGED : Change.CHANGED, segments);
    }

    private static double sharedWords(List<Segment> segments) {
        long same = 0;
        long all = 0;
        for (Segment s : segments) {
            long words = s.text().split("\\s+").length;
            all += words;
            same += s.op() == Op.SAME ? words : 0;
        }
        return all == 0 ? 1 : (double) same / all;
    }
}
