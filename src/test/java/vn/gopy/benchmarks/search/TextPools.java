package vn.gopy.benchmarks.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;

/**
 * The real text that generated drafts are recombined from, per language: clauses, article titles and
 * chapter titles of the four real laws and the demo drafts, sentences of the demo summaries, and subjects.
 */
record TextPools(List<String> clauses, List<String> articleTitles, List<String> chapterTitles,
        List<String> summarySentences, List<String> topics, List<String> subjects) {

    static TextPools of(List<BenchDraft> demo, String language) throws IOException {
        Set<String> clauses = new LinkedHashSet<>();
        Set<String> articleTitles = new LinkedHashSet<>();
        Set<String> chapterTitles = new LinkedHashSet<>();
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        for (BenchDraft draft : demo) {
            if (!draft.language().equals(language)) {
                continue;
            }
            topics.addAll(draft.topics());
            for (String sentence : draft.summary().split("(?<=[.!?])\\s+")) {
                if (sentence.length() > 30) {
                    sentences.add(sentence.strip());
                }
            }
            for (TextBlockData block : draft.versions().getLast()) {
                if (block.kind() == BlockKind.CHAPTER && !block.title().isBlank()) {
                    chapterTitles.add(block.title());
                } else if (block.kind() == BlockKind.ARTICLE) {
                    if (!block.title().isBlank() && block.title().length() < 200) {
                        articleTitles.add(block.title());
                    }
                    for (String line : block.body().split("\n")) {
                        String clause = line.replaceFirst("^\\s*(\\d+\\.|[a-zđ]\\))\\s*", "").strip();
                        if (clause.length() >= 40 && clause.length() <= 700) {
                            clauses.add(clause);
                        }
                    }
                }
            }
        }
        if (language.equals("en")) {
            clauses.addAll(lines("benchmarks/clauses-en.txt"));
        }
        return new TextPools(List.copyOf(clauses), List.copyOf(articleTitles), List.copyOf(chapterTitles),
                List.copyOf(sentences), List.copyOf(topics), lines("benchmarks/subjects-" + language + ".txt"));
    }

    static List<String> lines(String resource) throws IOException {
        String text = new String(new ClassPathResource(resource).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    String summary() {
        return "clauses=%d articleTitles=%d chapterTitles=%d sentences=%d subjects=%d".formatted(clauses.size(),
                articleTitles.size(), chapterTitles.size(), summarySentences.size(), subjects.size());
    }
}
