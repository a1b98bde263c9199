package vn.gopy.outreach.alerts.internal;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;
import vn.gopy.outreach.alerts.TooManyRequestsException;

/**
 * Subscription requests send mail to whatever address is typed, so they are rate-limited per address (no
 * mailbox flooded with confirmation requests) and per client, with Bucket4j buckets held in memory as the
 * comments' limits are (one node; several would keep them in PostgreSQL).
 */
@Component
class RequestLimits {

    private final AlertSettings settings;
    private final Cache<String, Bucket> byClient;
    private final Cache<String, Bucket> byEmail;

    RequestLimits(AlertSettings settings) {
        this.settings = settings;
        this.byClient = Caffeine.newBuilder().expireAfterAccess(settings.limitPeriod()).maximumSize(1_000_000).build();
        this.byEmail = Caffeine.newBuilder().expireAfterAccess(settings.limitPeriod()).maximumSize(1_000_000).build();
    }

    void take(String client, String email) {
        Bucket fromClient = byClient.get(client == null ? "unknown" : client, k -> bucket(settings.perClientCapacity()));
        Bucket forEmail = byEmail.get(email.toLowerCase(Locale.ROOT), k -> bucket(settings.perEmailCapacity()));
        ConsumptionProbe client1 = fromClient.tryConsumeAndReturnRemaining(1);
        if (!client1.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(client1.getNanosToWaitForRefill()));
        }
        ConsumptionProbe email1 = forEmail.tryConsumeAndReturnRemaining(1);
        if (!email1.isConsumed()) {
            fromClient.addTokens(1); // refused, so it does not count against the client either
            throw new TooManyRequestsException(Duration.ofNanos(email1.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, settings.limitPeriod()).build()).build();
    }
}
