package vn.gopy.benchmarks.search;

import static vn.gopy.benchmarks.search.TextPools.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.TextBlockData;

/**
 * Real-looking public drafts, recombined from real legal text. Each draft has its own seeded random, so a
 * run with fewer drafts loads exactly the first drafts of a full run, and two runs load the same data.
 */
final class DraftGenerator {

    private static final String[] SECTORS = "ABCDEFGHIJKLMNOPQRSTU".split("");
    private static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    private static final Instant FIRST_PUBLICATION = Instant.parse("2023-01-02T01:00:00Z");

    private final TextPools vi;
    private final TextPools en;
    private final List<Long> agencyIds;
    private final List<String> agencyCodes;
    private final List<String> provinces;
    private final List<String> groups;
    private final Instant now;
    private final long seed;

    DraftGenerator(TextPools vi, TextPools en, List<Long> agencyIds, List<String> agencyCodes,
            List<String> provinces, List<String> groups, Instant now, long seed) {
        this.vi = vi;
        this.en = en;
        this.agencyIds = agencyIds;
        this.agencyCodes = agencyCodes;
        this.provinces = provinces;
        this.groups = groups;
        this.now = now;
        this.seed = seed;
    }

    BenchDraft draft(long id) {
        // Neighbouring seeds give java.util.Random correlated first values: spread them first.
        Random r = new Random(new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L)).nextLong());
        boolean english = r.nextDouble() < 0.10;
        TextPools pools = english ? en : vi;
        String type = type(r);
        String subject = pick(pools.subjects(), r);
        String title = english ? TitlePatterns.english(type, subject, r) : TitlePatterns.vietnamese(type, subject, r);
        int agency = r.nextInt(agencyIds.size());
        Window w = window(r);
        List<String> topics = new ArrayList<>(new LinkedHashSet<>(List.of(subject,
                pick(pools.topics(), r), pick(pools.topics(), r))));
        topics.removeIf(t -> t.length() > 60);
        String reference = "BENCH-%d/%s-%05d".formatted(w.published.atZone(ZoneOffset.UTC).getYear(),
                agencyCodes.get(agency), id);
        return new BenchDraft(id, reference, title, type, agencyIds.get(agency), english ? "en" : "vi",
                summary(title, pools, english, r), w.status, w.opens, w.closes, w.published, topics,
                some(List.of(SECTORS), 1, 5, r), r.nextDouble() < 0.6 ? some(List.of(SIZES), 1, 4, r) : Set.of(),
                r.nextDouble() < 0.2 ? some(provinces, 1, 3, r) : Set.of(), some(groups, 1, 3, r), List.of(),
                List.of(), List.of(text(subject, pools, english, r)));
    }

    private static String type(Random r) {
        double u = r.nextDouble();
        return u < 0.40 ? "DECREE" : u < 0.70 ? "CIRCULAR" : u < 0.80 ? "LAW" : u < 0.92 ? "DECISION" : "RESOLUTION";
    }

    private record Window(String status, Instant opens, Instant closes, Instant published) {
    }

    /** Mostly closed consultations spread since 2023; about 12 % open now and 4 % opening soon. */
    private Window window(Random r) {
        double u = r.nextDouble();
        Duration length = Duration.ofDays(30 + r.nextInt(31));
        if (u < 0.12) {
            Instant opens = now.minus(Duration.ofHours(24 + r.nextInt(40 * 24)));
            Instant closes = opens.plus(length);
            if (!closes.isAfter(now)) {
                closes = now.plus(Duration.ofDays(1 + r.nextInt(20)));
            }
            return new Window("OPEN", opens, closes, opens.minus(Duration.ofHours(r.nextInt(5 * 24))));
        }
        if (u < 0.16) {
            Instant opens = now.plus(Duration.ofHours(24 + r.nextInt(30 * 24)));
            return new Window("SCHEDULED", opens, opens.plus(length), now.minus(Duration.ofHours(r.nextInt(10 * 24))));
        }
        long span = Duration.between(FIRST_PUBLICATION, now.minus(Duration.ofDays(70))).toSeconds();
        Instant published = FIRST_PUBLICATION.plusSeconds((long) (r.nextDouble() * span));
        Instant opens = published.plus(Duration.ofHours(r.nextInt(3 * 24)));
        return new Window("CLOSED", opens, opens.plus(length), published);
    }

    private static String summary(String title, TextPools pools, boolean english, Random r) {
        StringBuilder s = new StringBuilder(english ? "This draft " + title + " is published for comments. "
                : "Dự thảo " + title + " được đăng tải để lấy ý kiến nhân dân. ");
        int sentences = 2 + r.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            s.append(pick(pools.summarySentences(), r)).append(' ');
        }
        return s.toString().strip();
    }

    /** Chapters of six to ten articles; the first articles say what the text governs, as real ones do. */
    private static List<TextBlockData> text(String subject, TextPools pools, boolean english, Random r) {
        int articles = r.nextDouble() < 0.05 ? 60 + r.nextInt(61) : 5 + r.nextInt(46);
        List<TextBlockData> blocks = new ArrayList<>(articles + articles / 6 + 2);
        blocks.add(new TextBlockData(BlockKind.TEXT, "", "", english
                ? "Pursuant to the Constitution of the Socialist Republic of Viet Nam;\nPursuant to the Law on "
                        + "Organisation of the Government;"
                : "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Tổ chức Chính phủ;"));
        int chapter = 0;
        int untilNextChapter = 0;
        for (int a = 1; a <= articles; a++) {
            if (untilNextChapter == 0 && chapter < ROMAN.length) {
                String chapterTitle = chapter == 0 ? (english ? "GENERAL PROVISIONS" : "QUY ĐỊNH CHUNG")
                        : pick(pools.chapterTitles(), r);
                blocks.add(new TextBlockData(BlockKind.CHAPTER, ROMAN[chapter++], chapterTitle, ""));
                untilNextChapter = 6 + r.nextInt(5);
            }
            untilNextChapter--;
            blocks.add(article(a, subject, pools, english, r));
        }
        return blocks;
    }

    private static TextBlockData article(int number, String subject, TextPools pools, boolean english, Random r) {
        if (number == 1) {
            return new TextBlockData(BlockKind.ARTICLE, "1", english ? "Scope" : "Phạm vi điều chỉnh", english
                    ? "This document provides for " + subject + ". " + pick(pools.clauses(), r)
                    : "Văn bản này quy định về " + subject + ". " + pick(pools.clauses(), r));
        }
        int clauses = 1 + r.nextInt(5);
        StringBuilder body = new StringBuilder();
        for (int c = 1; c <= clauses; c++) {
            if (clauses > 1) {
                body.append(c).append(". ");
            }
            body.append(pick(pools.clauses(), r).replace("{subject}", subject));
            if (c < clauses) {
                body.append('\n');
            }
        }
        return new TextBlockData(BlockKind.ARTICLE, String.valueOf(number), pick(pools.articleTitles(), r),
                body.toString());
    }

    private static Set<String> some(List<String> values, int min, int max, Random r) {
        int count = Math.min(values.size(), min + r.nextInt(max - min + 1));
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(values, r));
        }
        return chosen;
    }
}
