package vn.gopy.agencies;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import vn.gopy.common.PlainText;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

/** A staff member's login: roles, and for a drafter the one agency whose drafts they write. */
@Entity
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private Long agencyId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Instant createdAt;
    @Version
    private long version;

    protected StaffAccount() {
    }

    StaffAccount(StaffAccountForm form, String passwordHash, Instant now) {
        this.username = normaliseUsername(form.username());
        this.passwordHash = passwordHash;
        this.createdAt = now;
        update(form);
    }

    /** Usernames are compared without regard to case, and stored in lower case. */
    static String normaliseUsername(String username) {
        return PlainText.singleLine(username).toLowerCase(Locale.ROOT);
    }

    void update(StaffAccountForm form) {
        this.displayName = PlainText.singleLine(form.displayName());
        this.email = form.email().strip();
        this.enabled = form.enabled();
        this.roles = form.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles());
        // Only drafters belong to an agency; the service checks that a drafter has one.
        this.agencyId = roles.contains(Role.DRAFTER) ? form.agencyId() : null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** A disabled account keeps its history and roles but can no longer log in. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEnabledAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    Long getAgencyId() {
        return agencyId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    StaffUser toStaffUser() {
        return new StaffUser(id, username, displayName, passwordHash, enabled, roles, agencyId);
    }

    StaffSummary summary() {
        return new StaffSummary(id, username, displayName, email, Set.copyOf(roles), agencyId, enabled);
    }
}
