package vn.gopy.drafts.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;
import vn.gopy.drafts.DraftFilter;
import vn.gopy.drafts.DraftStatus;

/**
 * The list of consultations as its address says it: {@code ?agency=3&type=LAW&status=open&page=2}. Values
 * that mean nothing (an unknown agency, {@code status=xyz}, {@code page=-5}) are dropped, never an error:
 * an old or mistyped link still opens a useful list. Pages count from 1 in the address.
 */
record ConsultationsQuery(Long agencyId, String typeCode, DraftStatus status, int page) {

    static final String STATUS_OPEN = "open";
    static final String STATUS_UPCOMING = "upcoming";
    static final String STATUS_CLOSED = "closed";
    static final String STATUS_REPORTED = "reported";
    private static final int MAX_PAGE = 100_000;

    ConsultationsQuery {
        page = Math.clamp(page, 1, MAX_PAGE);
    }

    static ConsultationsQuery none() {
        return new ConsultationsQuery(null, null, null, 1);
    }

    static ConsultationsQuery from(QueryParameters parameters, LongPredicate agencyExists,
            Predicate<String> typeExists) {
        Long agency = single(parameters, "agency").flatMap(ConsultationsQuery::parseLong)
                .filter(agencyExists::test).orElse(null);
        String type = single(parameters, "type").filter(typeExists).orElse(null);
        DraftStatus status = single(parameters, "status").flatMap(ConsultationsQuery::status).orElse(null);
        int page = single(parameters, "page").flatMap(ConsultationsQuery::parseLong)
                .filter(p -> p >= 1 && p <= MAX_PAGE).map(Long::intValue).orElse(1);
        return new ConsultationsQuery(agency, type, status, page);
    }

    DraftFilter filter() {
        return new DraftFilter(agencyId, typeCode, status);
    }

    boolean isFiltered() {
        return agencyId != null || typeCode != null || status != null;
    }

    ConsultationsQuery withAgency(Long agency) {
        return new ConsultationsQuery(agency, typeCode, status, 1);
    }

    ConsultationsQuery withType(String type) {
        return new ConsultationsQuery(agencyId, type, status, 1);
    }

    ConsultationsQuery withStatus(DraftStatus newStatus) {
        return new ConsultationsQuery(agencyId, typeCode, newStatus, 1);
    }

    ConsultationsQuery atPage(int newPage) {
        return new ConsultationsQuery(agencyId, typeCode, status, newPage);
    }

    /** The canonical address: only what differs from the default. */
    QueryParameters toParameters() {
        return new QueryParameters(values());
    }

    /** The address of this list, its parameters always in the same order so that equal lists share one link. */
    String href() {
        String query = values().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().getFirst(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? ConsultationsView.ROUTE : ConsultationsView.ROUTE + "?" + query;
    }

    private Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (agencyId != null) {
            values.put("agency", List.of(agencyId.toString()));
        }
        if (typeCode != null) {
            values.put("type", List.of(typeCode));
        }
        if (status != null) {
            values.put("status", List.of(parameter(status)));
        }
        if (page > 1) {
            values.put("page", List.of(Integer.toString(page)));
        }
        return values;
    }

    static String parameter(DraftStatus status) {
        return switch (status) {
            case OPEN -> STATUS_OPEN;
            case SCHEDULED -> STATUS_UPCOMING;
            case CLOSED -> STATUS_CLOSED;
            case REPORT_PUBLISHED -> STATUS_REPORTED;
            case DRAFT -> throw new IllegalArgumentException("Unpublished drafts are never listed");
        };
    }

    private static Optional<DraftStatus> status(String value) {
        return switch (value) {
            case STATUS_OPEN -> Optional.of(DraftStatus.OPEN);
            case STATUS_UPCOMING -> Optional.of(DraftStatus.SCHEDULED);
            case STATUS_CLOSED -> Optional.of(DraftStatus.CLOSED);
            case STATUS_REPORTED -> Optional.of(DraftStatus.REPORT_PUBLISHED);
            default -> Optional.empty();
        };
    }

    private static Optional<String> single(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters(name);
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst()).map(String::strip);
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
