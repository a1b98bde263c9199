package vn.gopy.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member: who they are, their roles, and the drafting agency a drafter belongs to. */
public record StaffUser(long accountId, String username, String displayName, String passwordHash, boolean enabled,
        Set<Role> roles, Long agencyId) implements UserDetails {

    public StaffUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<Long> agency() {
        return Optional.ofNullable(agencyId);
    }

    /** Administrators act for every agency; a drafter only for their own. */
    public boolean mayActForAgency(long agency) {
        return has(Role.ADMIN) || (has(Role.DRAFTER) && agencyId != null && agencyId == agency);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The password hash never leaves the login process in logs or error messages. */
    @Override
    public String toString() {
        return "StaffUser[" + username + " " + roles + (agencyId == null ? "" : " agency " + agencyId) + "]";
    }
}
