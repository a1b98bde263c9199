package vn.gopy.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.internal.StaffAccountRepository;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

@IntegrationTest
class FirstAdministratorTest {

    @Autowired StaffAccountRepository repository;
    @Autowired StaffAccountService accounts;
    @Autowired StaffUserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TestDatabase database;
    @Autowired Clock clock;

    @BeforeEach
    void setUp() {
        database.clear();
    }

    void start(String username, String password) {
        new FirstAdministrator(new FirstAdministrator.Settings(username, password, null), repository,
                passwordEncoder, clock).run(null);
    }

    @Test
    void theConfiguredAdministratorIsCreatedOnceAndCanLogIn() {
        start("Admin", "một mật khẩu đủ dài");
        start("Admin", "một mật khẩu đủ dài");
        start("other", "một mật khẩu khác dài");

        assertThat(repository.count()).isOne();
        StaffUser admin = (StaffUser) userDetails.loadUserByUsername("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches("một mật khẩu đủ dài", admin.getPassword())).isTrue();
    }

    @Test
    void withoutConfigurationNobodyIsCreated() {
        start("", "");
        start(null, null);
        start("admin", "");

        assertThat(repository.count()).isZero();
    }

    @Test
    void anExistingAccountIsNotTakenOverFromConfiguration() {
        TestStaff.admin();
        long id = accounts.create(new StaffAccountForm("boss", "Boss", "boss@gopy.vn", Set.of(Role.MODERATOR),
                null, true), "mật khẩu của boss").id();

        start("boss", "một mật khẩu đủ dài");

        assertThat(repository.count()).isOne();
        StaffUser boss = (StaffUser) userDetails.loadUserByUsername("boss");
        assertThat(boss.accountId()).isEqualTo(id);
        assertThat(boss.roles()).containsExactly(Role.MODERATOR);
        assertThat(passwordEncoder.matches("mật khẩu của boss", boss.getPassword())).isTrue();
    }
}
