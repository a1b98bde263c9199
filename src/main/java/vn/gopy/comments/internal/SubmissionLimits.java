package vn.gopy.comments.internal;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;
import vn.gopy.comments.TooManyCommentsException;

/**
 * Rate limits with Bucket4j token buckets, one per IP address and one per e-mail address, held in memory by
 * Caffeine and forgotten once idle for a whole period (a forgotten bucket is a full one anyway). One application
 * node: several nodes would keep their buckets in PostgreSQL (Bucket4j's JDBC integration).
 */
@Component
public class SubmissionLimits {

    private final CommentSettings settings;
    private final Cache<String, Bucket> byAddress;
    private final Cache<String, Bucket> byEmail;

    public SubmissionLimits(CommentSettings settings) {
        this.settings = settings;
        this.byAddress = buckets(settings.perAddress().period());
        this.byEmail = buckets(settings.perEmail().period());
    }

    /** Takes one comment from both buckets, or none and throws when either is empty. */
    public void take(String clientAddress, String email) {
        Bucket address = byAddress.get(clientAddress == null ? "unknown" : clientAddress,
                k -> bucket(settings.perAddress()));
        Bucket mailbox = byEmail.get(email.toLowerCase(Locale.ROOT), k -> bucket(settings.perEmail()));
        ConsumptionProbe fromAddress = address.tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            throw new TooManyCommentsException(Duration.ofNanos(fromAddress.getNanosToWaitForRefill()));
        }
        ConsumptionProbe fromMailbox = mailbox.tryConsumeAndReturnRemaining(1);
        if (!fromMailbox.isConsumed()) {
            address.addTokens(1); // refused, so it does not count against the address either
            throw new TooManyCommentsException(Duration.ofNanos(fromMailbox.getNanosToWaitForRefill()));
        }
    }

    private static Cache<String, Bucket> buckets(Duration period) {
        return Caffeine.newBuilder().expireAfterAccess(period).maximumSize(1_000_000).build();
    }

    private static Bucket bucket(CommentSettings.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build();
    }
}
