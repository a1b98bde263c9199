package vn.gopy.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import vn.gopy.drafts.VersionComparison.Op;
import vn.gopy.drafts.VersionComparison.Segment;

/** The difference between two texts as runs of words; spaces and line breaks are kept as they were. */
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
            segments.add(new Segment(op, segments.removeLast().text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
