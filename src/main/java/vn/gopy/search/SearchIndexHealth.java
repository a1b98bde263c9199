package vn.gopy.search;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "searchIndex": up when the index holds exactly the public drafts,
 * their current articles and the confirmed comments, out of service while it differs (a rebuild fixes it), with the counts as details.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        var counts = index.counts();
        Health.Builder health = counts.stream().allMatch(SearchIndex.Count::matches) ? Health.up() : Health.outOfService();
        counts.forEach(c -> health.withDetail(c.type(), Map.of("database", c.inDatabase(), "index", c.inIndex())));
        RebuildProgress rebuild = index.progress();
        if (rebuild.running()) {
            health.withDetail("rebuilding", rebuild.done() + "/" + rebuild.total());
        }
        return health.build();
    }
}
