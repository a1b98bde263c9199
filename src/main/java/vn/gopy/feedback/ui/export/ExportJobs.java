package vn.gopy.feedback.ui.export;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs exports in the background, so that a page asking for a million rows stays responsive and a person can
 * cancel. At most {@value #AT_ONCE} run at once (an export keeps a core and a database connection busy); more
 * wait their turn. A finished file is deleted after {@link #KEPT}, in case its page never said goodbye.
 */
@Component
class ExportJobs {

    static final int AT_ONCE = 2;
    static final Duration KEPT = Duration.ofMinutes(30);

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor runner = (ThreadPoolExecutor) Executors.newFixedThreadPool(AT_ONCE, task -> {
        Thread thread = new Thread(task, "comment-export-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "comment-export-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts the job as the person who asked for it: the export checks their access again in its own thread,
     * which needs their security context.
     */
    void start(ExportJob job) {
        runner.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
        cleaner.schedule(job::discard, KEPT.toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        cleaner.shutdownNow();
    }
}
