package vn.gopy.benchmarks.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.gopy.drafts.TextBlockData;

/**
 * One draft as the loader writes it: the columns of {@code draft}, its impact lists, and the text of each
 * published version (the last one is current). Demo drafts and generated drafts take the same road.
 */
record BenchDraft(long id, String reference, String title, String type, long agencyId, String language,
        String summary, String status, Instant opensAt, Instant closesAt, Instant publishedAt, List<String> topics,
        Set<String> sectors, Set<String> sizes, Set<String> provinces, Set<String> groups,
        List<String[]> impactItems, List<String[]> procedures, List<List<TextBlockData>> versions) {
}
