package vn.gopy.benchmarks.search;

/**
 * What a run of the search benchmark does, from system properties so that one Maven command can vary it:
 * {@code -Dbench.drafts=1000 -Dbench.comments=100000} for a quick check, {@code -Dbench.reuse=true} to keep
 * data already loaded by an earlier run, {@code -Dbench.reindex=false} to keep the index too.
 */
record BenchSettings(int drafts, int comments, boolean reuse, boolean reindex, long seed, int clients,
        int rounds, int warmupRounds) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.drafts", 10_000),
                Integer.getInteger("bench.comments", 1_000_000),
                Boolean.getBoolean("bench.reuse"),
                Boolean.parseBoolean(System.getProperty("bench.reindex", "true")),
                Long.getLong("bench.seed", 20261128L),
                Integer.getInteger("bench.clients", 8),
                Integer.getInteger("bench.rounds", 5),
                Integer.getInteger("bench.warmup", 3));
    }

    @Override
    public String toString() {
        return "drafts=%d comments=%d reuse=%s reindex=%s seed=%d clients=%d rounds=%d warmup=%d"
                .formatted(drafts, comments, reuse, reindex, seed, clients, rounds, warmupRounds);
    }
}
