package vn.gopy;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

/** Acts as a staff member (or as nobody) in tests, the way a login would. */
public final class TestStaff {

    private TestStaff() {
    }

    public static StaffUser actAs(StaffUser user) {
        use(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /**
     * Installs a new context rather than changing the current one: with Vaadin's session-aware strategy,
     * the current context may be a throw-away copy, and a change to it would be lost.
     */
    private static void use(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static StaffUser admin() {
        return actAs(new StaffUser(1, "test-admin", "Test Admin", "", true, Set.of(Role.ADMIN), null));
    }

    public static StaffUser drafterOf(long agencyId) {
        return actAs(new StaffUser(100 + agencyId, "drafter-" + agencyId, "Drafter " + agencyId, "", true,
                Set.of(Role.DRAFTER), agencyId));
    }

    public static StaffUser moderator() {
        return actAs(new StaffUser(2, "test-moderator", "Test Moderator", "", true, Set.of(Role.MODERATOR), null));
    }

    /** An anonymous visitor, as Spring Security represents one in a web request. */
    public static void anonymous() {
        use(new AnonymousAuthenticationToken("test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
