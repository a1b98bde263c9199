package vn.gopy.agencies;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.agencies.internal.AgencyRepository;
import vn.gopy.agencies.internal.StaffAccountRepository;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InputCheck;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PlainText;
import vn.gopy.security.Role;

/** Staff accounts and their roles; administrators only. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.ADMIN)
public class StaffAccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; 64 characters keeps every password whole. */
    public static final int MAX_PASSWORD_LENGTH = 64;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StaffAccountRepository accounts;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffAccountService(StaffAccountRepository accounts, AgencyRepository agencies, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public List<StaffSummary> all() {
        return accounts.findAllByUsername().stream().map(StaffAccount::summary).toList();
    }

    @Transactional
    public StaffSummary create(StaffAccountForm form, String password) {
        InputCheck check = checkForm(form, null);
        checkPassword(check, password, form.username());
        check.throwIfInvalid();
        return accounts.save(new StaffAccount(form, passwordEncoder.encode(password), clock.instant())).summary();
    }

    @Transactional
    public StaffSummary update(long id, StaffAccountForm form) {
        StaffAccount account = find(id);
        InputCheck check = checkForm(form, id);
        boolean staysAdministrator = form.enabled() && form.roles().contains(Role.ADMIN);
        check.require(staysAdministrator || !account.isEnabledAdministrator()
                || accounts.countEnabledWithRole(Role.ADMIN) > 1, "roles", "agencies.error.last-administrator");
        check.throwIfInvalid();
        account.update(form);
        return account.summary();
    }

    @Transactional
    public void changePassword(long id, String password) {
        StaffAccount account = find(id);
        InputCheck check = new InputCheck();
        checkPassword(check, password, account.getUsername());
        check.throwIfInvalid();
        account.changePassword(passwordEncoder.encode(password));
    }

    private StaffAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Staff account " + id));
    }

    private InputCheck checkForm(StaffAccountForm form, Long id) {
        String username = form.username() == null ? "" : StaffAccount.normaliseUsername(form.username());
        InputCheck check = new InputCheck()
                .requiredText("username", username, 60)
                .requiredText("displayName", PlainText.singleLine(form.displayName()), 120)
                .requiredText("email", form.email() == null ? null : form.email().strip(), 254)
                .require(!form.roles().isEmpty(), "roles", "agencies.error.role-required");
        if (!check.hasProblemWith("username")) {
            check.require(USERNAME.matcher(username).matches(), "username", "agencies.error.username-format");
            check.require(accounts.findByUsername(username).map(a -> a.getId().equals(id)).orElse(true),
                    "username", "agencies.error.username-taken", username);
        }
        if (!check.hasProblemWith("email")) {
            check.require(EMAIL.matcher(form.email().strip()).matches(), "email", "agencies.error.email");
        }
        if (form.roles().contains(Role.DRAFTER)) {
            check.require(form.agencyId() != null, "agencyId", "agencies.error.drafter-needs-agency");
            check.require(form.agencyId() == null || agencies.existsById(form.agencyId()),
                    "agencyId", "agencies.error.agency-unknown");
        }
        return check;
    }

    private static void checkPassword(InputCheck check, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            check.add(FieldProblem.of("password", "agencies.error.password-short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            check.add(FieldProblem.of("password", "agencies.error.password-long", MAX_PASSWORD_LENGTH));
        } else {
            check.require(!password.equalsIgnoreCase(username == null ? "" : username.strip()),
                    "password", "agencies.error.password-is-username");
        }
    }
}
