package vn.gopy.agencies;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.agencies.internal.StaffAccountRepository;

/** Lets Spring Security's form login find staff accounts in the database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(StaffAccount.normaliseUsername(username))
                .map(StaffAccount::toStaffUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }
}
