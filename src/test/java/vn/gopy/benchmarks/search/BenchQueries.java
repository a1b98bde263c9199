package vn.gopy.benchmarks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gopy.search.SearchQuery;

/** The fixed query mix and the judged queries, read from {@code src/test/resources/benchmarks/}. */
final class BenchQueries {

    record MixQuery(String category, String parameters, SearchQuery query) {
    }

    record JudgedQuery(String text, List<String> relevant) {
    }

    private BenchQueries() {
    }

    static List<MixQuery> mix() throws IOException {
        List<MixQuery> mix = new ArrayList<>();
        for (String line : TextPools.lines("benchmarks/query-mix.txt")) {
            String[] parts = line.split("\\|", 2);
            String parameters = parts[1].strip();
            mix.add(new MixQuery(parts[0].strip(), parameters, SearchQuery.fromParameters(parse(parameters))));
        }
        return mix;
    }

    static List<JudgedQuery> judged() throws IOException {
        List<JudgedQuery> judged = new ArrayList<>();
        for (String line : TextPools.lines("benchmarks/judged-queries.txt")) {
            String[] parts = line.split("\\|", 2);
            judged.add(new JudgedQuery(parts[0].strip(), List.of(parts[1].strip().split("\\s*;\\s*"))));
        }
        return judged;
    }

    /** Address parameters without URL encoding: the mix contains no '&' or '=' inside values. */
    static Map<String, List<String>> parse(String parameters) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : parameters.split("&")) {
            String[] kv = pair.split("=", 2);
            map.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
        }
        return map;
    }
}
