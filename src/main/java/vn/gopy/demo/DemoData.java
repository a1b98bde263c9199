package vn.gopy.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.common.PortalTime;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

/**
 * Loads the demo into an empty database (no agency yet), acting as an administrator through the same
 * services staff use, so the demo obeys every rule the portal enforces.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("gopy.demo-data.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final StaffUser LOADER = new StaffUser(0, "demo-loader", "Demo loader", "", true,
            Set.of(Role.ADMIN), null);

    private final AgencyService agencies;
    private final StaffAccountService accounts;
    private final DemoDrafts drafts;
    private final DemoComments comments;
    private final DemoChannels channels;
    private final Clock clock;

    DemoData(AgencyService agencies, StaffAccountService accounts, DemoDrafts drafts, DemoComments comments,
            DemoChannels channels, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.drafts = drafts;
        this.comments = comments;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!agencies.all().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOADER, null, LOADER.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Map<String, Long> agencyIds = loadAgencies();
            loadAccounts(agencyIds);
            int count = 0;
            for (Resource file : draftFiles()) {
                drafts.load(file, agencyIds, PortalTime.today(clock));
                count++;
            }
            int commentCount = comments.load();
            int channelCount = channels.load();
            log.info("Demo data loaded in {} s: {} agencies, {} drafts, {} comments, {} outreach channels.",
                    (System.nanoTime() - started) / 1_000_000_000, agencyIds.size(), count, commentCount,
                    channelCount);
            logAccounts();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<String, Long> loadAgencies() throws IOException {
        Map<String, Long> ids = new HashMap<>();
        Resource csv = new PathMatchingResourcePatternResolver().getResource("classpath:demo/agencies.csv");
        try (Reader reader = new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                AgencyForm form = new AgencyForm(r.get("code"), r.get("name_vi"), r.get("name_en"), r.get("website"), true);
                ids.put(r.get("code"), agencies.create(form).id());
            }
        }
        return ids;
    }

    private void loadAccounts(Map<String, Long> agencyIds) {
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Long agency = a.agencyCode() == null ? null : agencyIds.get(a.agencyCode());
            accounts.create(new StaffAccountForm(a.username(), a.displayName(), a.username() + "@demo.gopy.vn",
                    a.roles(), agency, true), a.password());
        }
    }

    private static List<Resource> draftFiles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/drafts/*.txt");
        return Arrays.stream(files).filter(f -> !f.getFilename().endsWith(".v2.txt"))
                .sorted(Comparator.comparing(Resource::getFilename)).toList();
    }

    private static void logAccounts() {
        StringBuilder box = new StringBuilder("\n\n  Demo staff accounts (log in at /login; change or disable them before real use):\n");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            box.append(String.format("    %-10s / %-22s %s%n", a.username(), a.password(), a.roles()));
        }
        log.info(box.toString());
    }
}
