package vn.gopy.feedback.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.Outcome;

/**
 * The answering page's filter and page in its address, so that a filtered list can be shared and reloaded:
 * {@code ?article=3&by=BUSINESS&outcome=NOT_ACCEPTED&todo=1&page=2}; {@code article=whole} for the comments on
 * the draft as a whole. Pages are numbered from 1 here (from 0 in the services). Nonsense is ignored.
 */
record AnswerAddress(AnswerFilter filter, int page) {

    static final String ARTICLE = "article";
    static final String BY = "by";
    static final String OUTCOME = "outcome";
    static final String UNANSWERED_ONLY = "todo";
    static final String PAGE = "page";
    static final String WHOLE_DRAFT = "whole";
    private static final int MOST_LABEL = 20;

    static AnswerAddress of(QueryParameters query) {
        String article = query.getSingleParameter(ARTICLE).map(String::strip)
                .filter(a -> !a.isEmpty() && a.length() <= MOST_LABEL)
                .map(a -> WHOLE_DRAFT.equalsIgnoreCase(a) ? AnswerFilter.WHOLE_DRAFT : a).orElse(null);
        boolean todo = query.getSingleParameter(UNANSWERED_ONLY).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
        AnswerFilter filter = new AnswerFilter(article, named(query, BY, CommenterKind.class),
                todo ? null : named(query, OUTCOME, Outcome.class), todo);
        int page = query.getSingleParameter(PAGE).flatMap(AnswerAddress::number).filter(n -> n >= 1).orElse(1);
        return new AnswerAddress(filter, page);
    }

    static AnswerAddress first(AnswerFilter filter) {
        return new AnswerAddress(filter, 1);
    }

    AnswerAddress atPage(int number) {
        return new AnswerAddress(filter, number);
    }

    QueryParameters parameters() {
        return QueryParameters.simple(values());
    }

    /** The query part of the address, e.g. "article=3&page=2", or "" for the first page of everything. */
    String query() {
        return values().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.article() != null) {
            values.put(ARTICLE, AnswerFilter.WHOLE_DRAFT.equals(filter.article()) ? WHOLE_DRAFT : filter.article());
        }
        if (filter.kind() != null) {
            values.put(BY, filter.kind().name());
        }
        if (filter.unansweredOnly()) {
            values.put(UNANSWERED_ONLY, "1");
        } else if (filter.outcome() != null) {
            values.put(OUTCOME, filter.outcome().name());
        }
        if (page > 1) {
            values.put(PAGE, String.valueOf(page));
        }
        return values;
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E named(QueryParameters query, String name, Class<E> type) {
        return query.getSingleParameter(name).flatMap(v -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(v.strip().toUpperCase(Locale.ROOT).replace('-', '_'))).findFirst())
                .orElse(null);
    }
}
