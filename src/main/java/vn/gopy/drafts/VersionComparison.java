package vn.gopy.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * How two versions of a text differ, article by article. Articles are matched by their number; within a
 * changed article, the words that were removed and added are marked.
 */
public record VersionComparison(int fromVersion, int toVersion, List<ArticleChange> articles) {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    public enum Op {
        SAME, REMOVED, ADDED
    }

    /** A run of words that is the same in both versions, or only in the old or the new one. */
    public record Segment(Op op, String text) {
    }

    public record ArticleChange(String label, String oldTitle, String newTitle, Change change, List<Segment> segments) {

        public String title() {
            return newTitle != null ? newTitle : oldTitle;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public long changedCount() {
        return articles.stream().filter(a -> a.change() != Change.UNCHANGED).count();
    }

    static VersionComparison between(int fromNumber, List<TextBlockView> from, int toNumber, List<TextBlockView> to) {
        Map<String, TextBlockView> oldArticles = byNumber(from);
        Map<String, TextBlockView> newArticles = byNumber(to);
        List<ArticleChange> changes = new ArrayList<>();
        // New order first; articles that were removed follow at the place they had.
        newArticles.forEach((key, now) -> {
            TextBlockView before = oldArticles.get(key);
            if (before == null) {
                changes.add(new ArticleChange(now.label(), null, now.title(), Change.ADDED,
                        List.of(new Segment(Op.ADDED, now.body()))));
            } else {
                changes.add(compare(before, now));
            }
        });
        int insertAt = 0;
        for (Map.Entry<String, TextBlockView> old : oldArticles.entrySet()) {
            int index = indexOf(changes, old.getKey());
            if (index >= 0) {
                insertAt = index + 1;
            } else {
                TextBlockView removed = old.getValue();
                changes.add(insertAt++, new ArticleChange(removed.label(), removed.title(), null, Change.REMOVED,
                        List.of(new Segment(Op.REMOVED, removed.body()))));
            }
        }
        return new VersionComparison(fromNumber, toNumber, List.copyOf(changes));
    }

    private static int indexOf(List<ArticleChange> changes, String key) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).label().toLowerCase(Locale.ROOT).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, TextBlockView> byNumber(List<TextBlockView> blocks) {
        Map<String, TextBlockView> articles = new LinkedHashMap<>();
        blocks.stream().filter(TextBlockView::isArticle)
                .forEach(b -> articles.putIfAbsent(b.label().toLowerCase(Locale.ROOT), b));
        return articles;
    }

    private static ArticleChange compare(TextBlockView before, TextBlockView now) {
        String oldText = before.body();
        String newText = now.body();
        boolean same = oldText.equals(newText) && before.title().equals(now.title());
        if (same) {
            return new ArticleChange(now.label(), before.title(), now.title(), Change.UNCHANGED,
                    List.of(new Segment(Op.SAME, newText)));
        }
        return new ArticleChange(now.label(), before.title(), now.title(), Change.CHANGED, wordDiff(oldText, newText));
    }

    /** The difference between two texts as runs of words, spaces and line breaks kept. */
    static List<Segment> wordDiff(String oldText, String newText) {
        List<String> a = tokens(oldText);
        List<String> b = tokens(newText);
        List<Segment> segments = new ArrayList<>();
        int ai = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(segments, Op.SAME, a.subList(ai, start));
            append(segments, Op.REMOVED, delta.getSource().getLines());
            append(segments, Op.ADDED, delta.getTarget().getLines());
            ai = start + delta.getSource().size();
        }
        append(segments, Op.SAME, a.subList(ai, a.size()));
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void append(List<Segment> segments, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().op() == op) {
            Segment last = segments.removeLast();
            segments.add(new Segment(op, last.text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
