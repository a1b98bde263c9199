package vn.gopy.agencies;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.agencies.internal.StaffAccountRepository;
import vn.gopy.security.Role;

/**
 * Creates the first administrator from configuration ({@code gopy.admin.*}) when no administrator exists.
 * There is deliberately no built-in account with a default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Settings settings;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    FirstAdministrator(Settings settings, StaffAccountRepository accounts, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @ConfigurationProperties("gopy.admin")
    record Settings(String username, String password, String email) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.countEnabledWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (isBlank(settings.username()) || isBlank(settings.password())) {
            log.warn("No administrator exists. Set GOPY_ADMIN_USERNAME and GOPY_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create one.", StaffAccountService.MIN_PASSWORD_LENGTH);
            return;
        }
        if (settings.password().length() < StaffAccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("GOPY_ADMIN_PASSWORD must have at least "
                    + StaffAccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        String username = StaffAccount.normaliseUsername(settings.username());
        if (accounts.findByUsername(username).isPresent()) {
            // Taking over an existing (disabled or demoted) account from configuration would be a back door.
            log.warn("No enabled administrator exists, and the account '{}' named by GOPY_ADMIN_USERNAME already "
                    + "exists. Set GOPY_ADMIN_USERNAME to a new username and restart.", username);
            return;
        }
        String email = isBlank(settings.email()) ? settings.username() + "@localhost" : settings.email();
        StaffAccountForm form = new StaffAccountForm(settings.username(), "Administrator", email,
                Set.of(Role.ADMIN), null, true);
        accounts.save(new StaffAccount(form, passwordEncoder.encode(settings.password()), clock.instant()));
        log.info("Created the first administrator '{}' from configuration", form.username());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
