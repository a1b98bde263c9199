package vn.gopy.search.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;

/**
 * Agencies by id, read at most once a minute: indexing 10,000 drafts or naming the agency facet of every
 * search must not ask the database each time. A renamed agency shows in search within a minute, and in
 * the words searched after the drafts are next indexed.
 */
@Component
class AgencyNames {

    private static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final AgencyService agencies;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0);

    AgencyNames(AgencyService agencies) {
        this.agencies = agencies;
    }

    AgencySummary find(long id) {
        return current().byId().get(id);
    }

    List<AgencySummary> all() {
        return List.copyOf(current().byId().values());
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (System.nanoTime() - now.readAt() > FRESHNESS.toNanos() || now.byId().isEmpty()) {
            now = new Snapshot(agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity())),
                    System.nanoTime());
            snapshot = now;
        }
        return now;
    }

    private record Snapshot(Map<Long, AgencySummary> byId, long readAt) {
    }
}
