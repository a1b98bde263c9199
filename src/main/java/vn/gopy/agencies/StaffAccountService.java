package vn.gopy.agencies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

    public Optional<StaffSummary> find(long id) {
        return accounts.findById(id).map(StaffAccount::summary);
    }

    @Transactional
    public StaffSummary create(StaffAccountForm form, String password) {
        InputCheck check = checkForm(form, null, null);
        checkPassword(check, password, form.username());
        check.throwIfInvalid();
        return accounts.save(new StaffAccount(form, passwordEncoder.encode(password), clock.instant())).summary();
    }

    /** Changes everything but the username (which other records may quote) and the password. */
    @Transactional
    public StaffSummary update(long id, StaffAccountForm form) {
        StaffAccount account = load(id);
        InputCheck check = checkForm(form, id, account.getAgencyId());
        if (!form.roles().contains(Role.ADMIN)) {
            checkAnAdministratorRemains(check, account, "roles");
        } else if (!form.enabled()) {
            checkAnAdministratorRemains(check, account, "enabled");
        }
        check.throwIfInvalid();
        account.update(form);
        return account.summary();
    }

    /** Disabling keeps the account and its history; the person can no longer log in. */
    @Transactional
    public StaffSummary setEnabled(long id, boolean enabled) {
        StaffAccount account = load(id);
        if (!enabled) {
            InputCheck check = new InputCheck();
            checkAnAdministratorRemains(check, account, "enabled");
            check.throwIfInvalid();
        }
        account.setEnabled(enabled);
        return account.summary();
    }

    @Transactional
    public void changePassword(long id, String password) {
        StaffAccount account = load(id);
        InputCheck check = new InputCheck();
        checkPassword(check, password, account.getUsername());
        check.throwIfInvalid();
        account.changePassword(passwordEncoder.encode(password));
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Staff account " + id));
    }

    /** Nobody could administer the portal any more if the last enabled administrator lost that role. */
    private void checkAnAdministratorRemains(InputCheck check, StaffAccount account, String field) {
        check.require(!account.isEnabledAdministrator() || accounts.countEnabledWithRole(Role.ADMIN) > 1,
                field, "agencies.error.last-administrator");
    }

    private InputCheck checkForm(StaffAccountForm form, Long id, Long currentAgencyId) {
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
            checkAgency(check, form.agencyId(), currentAgencyId);
        }
        return check;
    }

    /** A drafter joins an active agency; one whose agency was retired later may keep it. */
    private void checkAgency(InputCheck check, Long agencyId, Long currentAgencyId) {
        if (agencyId == null) {
            check.add(FieldProblem.of("agencyId", "agencies.error.drafter-needs-agency"));
            return;
        }
        Optional<Agency> agency = agencies.findById(agencyId);
        if (agency.isEmpty()) {
            check.add(FieldProblem.of("agencyId", "agencies.error.agency-unknown"));
        } else {
            check.require(agency.get().isActive() || agencyId.equals(currentAgencyId),
                    "agencyId", "agencies.error.agency-inactive");
        }
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
