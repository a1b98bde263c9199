package vn.gopy.agencies;

import java.util.Set;

import vn.gopy.security.Role;

/** A staff account as the administration views see it; never the password hash. */
public record StaffSummary(long id, String username, String displayName, String email, Set<Role> roles,
        Long agencyId, boolean enabled) {

    public StaffAccountForm toForm() {
        return new StaffAccountForm(username, displayName, email, roles, agencyId, enabled);
    }
}
