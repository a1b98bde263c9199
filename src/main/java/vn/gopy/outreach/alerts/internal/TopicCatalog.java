package vn.gopy.outreach.alerts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftPage;
import vn.gopy.outreach.alerts.Topic;
import vn.gopy.outreach.alerts.TopicKind;
import vn.gopy.search.Facet;
import vn.gopy.search.ImpactProfile;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchSort;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;

/**
 * Checks topics against the reference data (an unknown code is refused, not silently followed), writes saved
 * searches and profiles in one canonical form (so the same search followed twice is one topic), and names
 * topics for people.
 */
@Component
class TopicCatalog {

    private final Taxonomies taxonomies;
    private final AgencyService agencies;
    private final DraftCatalog drafts;

    TopicCatalog(Taxonomies taxonomies, AgencyService agencies, DraftCatalog drafts) {
        this.taxonomies = taxonomies;
        this.agencies = agencies;
        this.drafts = drafts;
    }

    /** A public draft's agency and sectors; nothing for a draft the public cannot see. */
    List<Topic> topicsOfDraft(long draftId) {
        DraftPage page;
        try {
            page = drafts.page(draftId, null);
        } catch (NotFoundException e) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        topics.add(new Topic(TopicKind.AGENCY, page.card().agency().code()));
        page.impact().sectors().forEach(sector -> topics.add(new Topic(TopicKind.SECTOR, sector.code())));
        return topics;
    }

    /** The topic in canonical form, or the problem with it. */
    Result check(Topic topic) {
        if (topic == null || topic.kind() == null || topic.value().isEmpty()) {
            return Result.problem("outreach.alerts.error.topic-empty");
        }
        return switch (topic.kind()) {
            case AGENCY -> agency(topic.value()).isPresent() ? Result.ok(topic)
                    : Result.problem("outreach.alerts.error.unknown-agency", topic.value());
            case SECTOR -> code(taxonomies.sectors(), topic, "outreach.alerts.error.unknown-sector");
            case PROVINCE -> code(taxonomies.provinces(), topic, "outreach.alerts.error.unknown-province");
            case DOCUMENT_TYPE -> code(taxonomies.documentTypes(), topic, "outreach.alerts.error.unknown-type");
            case SEARCH -> {
                SearchQuery query = search(topic.value());
                yield query.text().isEmpty() && query.filters().isEmpty()
                        ? Result.problem("outreach.alerts.error.search-empty")
                        : Result.ok(new Topic(TopicKind.SEARCH, QueryString.encode(query.toParameters())));
            }
            case PROFILE -> {
                ImpactProfile profile = ImpactProfile.fromParameters(QueryString.decode(topic.value()));
                yield profile.isEmpty() ? Result.problem("outreach.alerts.error.profile-empty")
                        : Result.ok(new Topic(TopicKind.PROFILE, QueryString.encode(profile.toParameters())));
            }
        };
    }

    /** A saved search as it is matched: words and filters; order and page mean nothing to an alert. */
    static SearchQuery search(String value) {
        SearchQuery query = SearchQuery.fromParameters(QueryString.decode(value));
        return new SearchQuery(query.text(), query.filters(), SearchSort.RELEVANCE, 1, SearchQuery.DEFAULT_PAGE_SIZE,
                false);
    }

    String label(Topic topic, Locale locale) {
        return switch (topic.kind()) {
            case AGENCY -> agency(topic.value()).map(a -> a.name(locale)).orElse(topic.value());
            case SECTOR -> topic.value() + " · " + taxonomies.sectors().name(topic.value(), locale);
            case PROVINCE -> taxonomies.provinces().name(topic.value(), locale);
            case DOCUMENT_TYPE -> taxonomies.documentTypes().name(topic.value(), locale);
            case SEARCH -> searchLabel(search(topic.value()), locale);
            case PROFILE -> profileLabel(ImpactProfile.fromParameters(QueryString.decode(topic.value())), locale);
        };
    }

    private String searchLabel(SearchQuery query, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (query.hasText()) {
            parts.add("“" + query.text() + "”");
        }
        for (Map.Entry<Facet, java.util.Set<String>> filter : query.filters().entrySet()) {
            parts.add(String.join(", ", filter.getValue().stream().sorted()
                    .map(v -> facetValue(filter.getKey(), v, locale)).toList()));
        }
        return String.join(" · ", parts);
    }

    private String facetValue(Facet facet, String value, Locale locale) {
        return switch (facet) {
            case AGENCY -> agency(value).map(a -> a.name(locale)).orElse(value);
            case SECTOR -> taxonomies.sectors().name(value, locale);
            case PROVINCE -> taxonomies.provinces().name(value, locale);
            case DOCUMENT_TYPE -> taxonomies.documentTypes().name(value, locale);
            default -> value;
        };
    }

    private String profileLabel(ImpactProfile profile, Locale locale) {
        List<String> parts = new ArrayList<>();
        profile.sectors().stream().sorted().forEach(s -> parts.add(taxonomies.sectors().name(s, locale)));
        if (profile.size() != null) {
            parts.add(profile.size().name());
        }
        if (profile.province() != null) {
            parts.add(taxonomies.provinces().name(profile.province(), locale));
        }
        profile.citizenGroups().stream().sorted().forEach(g -> parts.add(taxonomies.citizenGroups().name(g, locale)));
        return String.join(" · ", parts);
    }

    private Optional<AgencySummary> agency(String code) {
        return agencies.all().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    private static Result code(Taxonomy taxonomy, Topic topic, String unknown) {
        return taxonomy.contains(topic.value()) ? Result.ok(topic) : Result.problem(unknown, topic.value());
    }

    record Result(Topic topic, FieldProblem problem) {

        static Result ok(Topic topic) {
            return new Result(topic, null);
        }

        static Result problem(String key, Object... arguments) {
            return new Result(null, FieldProblem.of("topics", key, arguments));
        }
    }
}
