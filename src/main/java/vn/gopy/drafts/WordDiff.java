package vn.gopy.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import vn.gopy.drafts.VersionComparison.Op;
import vn.gopy.drafts.VersionComparison.Segment;

/**
 * The difference between two texts as runs of words; spaces and line breaks are kept as they were.
 * A word-level diff of a reworded sentence alternates removed and added syllables around short common
 * runs ("cơ" "thực" " " "quan" "hiện"), which nobody can read; so, as diff-match-patch's semantic clean-up
 * does, a common run no longer than the changes on both its sides is folded into them.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    static List<Segment> between(String oldText, String newText) {
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
        return readable(segments);
    }

    static List<Segment> readable(List<Segment> segments) {
        List<Segment> result = new ArrayList<>(segments);
        boolean folded = true;
        while (folded) {
            folded = false;
            for (int i = 1; i < result.size() - 1; i++) {
                Segment common = result.get(i);
                if (common.op() == Op.SAME && result.get(i - 1).op() != Op.SAME && result.get(i + 1).op() != Op.SAME
                        && common.text().length() <= changedLength(result, i, -1)
                        && common.text().length() <= changedLength(result, i, +1)) {
                    result.set(i, new Segment(Op.REMOVED, common.text()));
                    result.add(i + 1, new Segment(Op.ADDED, common.text()));
                    folded = true;
                }
            }
            result = regrouped(result);
        }
        return result;
    }

    /** The larger of the removed and the added text next to position {@code i}, on one side. */
    private static int changedLength(List<Segment> segments, int i, int direction) {
        int removed = 0;
        int added = 0;
        for (int j = i + direction; j >= 0 && j < segments.size() && segments.get(j).op() != Op.SAME; j += direction) {
            if (segments.get(j).op() == Op.REMOVED) {
                removed += segments.get(j).text().length();
            } else {
                added += segments.get(j).text().length();
            }
        }
        return Math.max(removed, added);
    }

    /** Each run of changes as one removed text followed by one added text. */
    private static List<Segment> regrouped(List<Segment> segments) {
        List<Segment> result = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Segment s : segments) {
            switch (s.op()) {
                case REMOVED -> removed.append(s.text());
                case ADDED -> added.append(s.text());
                case SAME -> {
                    flush(result, removed, added);
                    result.add(s);
                }
            }
        }
        flush(result, removed, added);
        return result;
    }

    private static void flush(List<Segment> result, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            result.add(new Segment(Op.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            result.add(new Segment(Op.ADDED, added.toString()));
            added.setLength(0);
        }
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
            segments.add(new Segment(op, segments.removeLast().text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
