package vn.gopy.outreach.reach.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which requests of a short link are people visiting. Not counted: HEAD requests (link checkers), prefetches
 * and prerenders ({@code Sec-Purpose} or {@code Purpose: prefetch}: the browser guessing, not the person
 * clicking), requests without a browser name, and the robots and link-preview fetchers in
 * {@code gopy.outreach.reach.not-counted-agents} (words matched anywhere in the User-Agent, case aside). The
 * request is only read here: nothing about it is kept.
 */
@Component
public class VisitFilter {

    private final List<String> notCounted;

    VisitFilter(@Value("${gopy.outreach.reach.not-counted-agents}") List<String> notCounted) {
        this.notCounted = notCounted.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .toList();
    }

    public boolean isVisit(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || isPrefetch(request.getHeader("Sec-Purpose"))
                || isPrefetch(request.getHeader("Purpose")) || isPrefetch(request.getHeader("X-Moz"))) {
            return false;
        }
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            return false;
        }
        String lower = agent.toLowerCase(Locale.ROOT);
        return notCounted.stream().noneMatch(lower::contains);
    }

    private static boolean isPrefetch(String purpose) {
        return purpose != null && (purpose.toLowerCase(Locale.ROOT).contains("prefetch")
                || purpose.toLowerCase(Locale.ROOT).contains("prerender"));
    }
}
