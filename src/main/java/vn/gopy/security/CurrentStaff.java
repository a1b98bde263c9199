package vn.gopy.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting now. Read from Spring Security's context, so it answers the same in views, services
 * and plain HTTP controllers.
 */
@Component
public class CurrentStaff {

    public Optional<StaffUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The staff member acting now; refuses anonymous callers, whatever the view did. */
    public StaffUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("A staff login is required"));
    }

    public boolean has(Role role) {
        return get().map(u -> u.has(role)).orElse(false);
    }
}
