package vn.gopy.benchmarks.search;

import java.util.ArrayList;
import java.util.List;

import vn.gopy.benchmarks.search.BenchQueries.JudgedQuery;
import vn.gopy.search.SearchQuery;

/**
 * MRR and nDCG@10 of one engine on the judged queries, with binary judgements (a listed draft is relevant,
 * any other is not). Also keeps the rank of the first relevant draft per query, to show where each failed.
 */
final class Relevance {

    record Scores(double mrr, double ndcg10, List<Integer> firstRanks) {
    }

    private Relevance() {
    }

    static Scores of(SearchEngine engine, List<JudgedQuery> judged) throws Exception {
        double reciprocal = 0;
        double ndcg = 0;
        List<Integer> ranks = new ArrayList<>();
        for (JudgedQuery q : judged) {
            List<String> found;
            try {
                found = engine.search(SearchQuery.of(q.text()));
            } catch (RuntimeException e) {
                System.out.printf("%s failed on the judged query %s: %s%n", engine.name(), q.text(), e);
                found = List.of();
            }
            int first = 0;
            double dcg = 0;
            for (int i = 0; i < Math.min(10, found.size()); i++) {
                if (q.relevant().contains(found.get(i))) {
                    dcg += 1 / log2(i + 2);
                    if (first == 0) {
                        first = i + 1;
                    }
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, q.relevant().size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            reciprocal += first == 0 ? 0 : 1.0 / first;
            ndcg += dcg / ideal;
            ranks.add(first);
        }
        return new Scores(reciprocal / judged.size(), ndcg / judged.size(), ranks);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
