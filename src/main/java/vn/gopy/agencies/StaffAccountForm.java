package vn.gopy.agencies;

import java.util.Set;

import vn.gopy.security.Role;

/** What an administrator enters for a staff account (the password is set apart). */
public record StaffAccountForm(String username, String displayName, String email, Set<Role> roles, Long agencyId,
        boolean enabled) {

    public StaffAccountForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static StaffAccountForm empty() {
        return new StaffAccountForm("", "", "", Set.of(), null, true);
    }
}
