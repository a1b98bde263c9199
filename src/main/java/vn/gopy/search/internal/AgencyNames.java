package vn.gopy.search.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;

/**
 * Agencies by id, read once and again after an agency changes (see {@link DraftIndexing}): indexing 10,000 drafts or naming the agency
 * facet of every search must not ask the database each time.
 */
@Component
class AgencyNames {

    private final AgencyService agencies;
    private volatile Map<Long, AgencySummary> snapshot;

    AgencyNames(AgencyService agencies) {
        this.agencies = agencies;
    }

    AgencySummary find(long id) {
        AgencySummary found = current().get(id);
        if (found == null) { // created since the last read
            forget();
            found = current().get(id);
        }
        return found;
    }

    void forget() {
        snapshot = null;
    }

    List<AgencySummary> all() {
        return List.copyOf(current().values());
    }

    private Map<Long, AgencySummary> current() {
        Map<Long, AgencySummary> now = snapshot;
        if (now == null) {
            now = agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
            snapshot = now;
        }
        return now;
    }
}
