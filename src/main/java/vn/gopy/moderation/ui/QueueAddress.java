package vn.gopy.moderation.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;
import vn.gopy.comments.CommenterKind;
import vn.gopy.moderation.Flag;
import vn.gopy.moderation.QueueFilter;

/** The queue's filters in its address ({@code moderation?draft=4&flag=abusive}), so a filtered queue can be shared. */
final class QueueAddress {

    static final String PATH = "moderation";
    static final String DRAFT = "draft";
    static final String AGENCY = "agency";
    static final String FLAG = "flag";
    static final String GROUP = "group";
    static final String KIND = "kind";

    private QueueAddress() {
    }

    static String of(String parameter, long value) {
        return PATH + "?" + parameter + "=" + value;
    }

    static QueueFilter filter(QueryParameters query) {
        return new QueueFilter(number(query, DRAFT), number(query, AGENCY), named(query, FLAG, Flag.class),
                number(query, GROUP), named(query, KIND, CommenterKind.class));
    }

    static QueryParameters parameters(QueueFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, DRAFT, filter.draftId());
        put(values, AGENCY, filter.agencyId());
        put(values, FLAG, filter.flag());
        put(values, GROUP, filter.groupId());
        put(values, KIND, filter.kind());
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value instanceof Enum<?> e) {
            values.put(name, e.name().toLowerCase(Locale.ROOT));
        } else if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static Long number(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).filter(n -> n > 0).orElse(null);
    }

    private static <E extends Enum<E>> E named(QueryParameters query, String name, Class<E> type) {
        return query.getSingleParameter(name).flatMap(v -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(v.strip())).findFirst()).orElse(null);
    }
}
