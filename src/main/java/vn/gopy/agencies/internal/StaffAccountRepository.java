package vn.gopy.agencies.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.gopy.agencies.StaffAccount;
import vn.gopy.security.Role;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    @Query("select s from StaffAccount s where s.username = lower(:username)")
    Optional<StaffAccount> findByUsername(String username);

    @Query("select s from StaffAccount s order by s.username")
    List<StaffAccount> findAllByUsername();

    @Query("select count(s) from StaffAccount s join s.roles r where r = :role and s.enabled = true")
    long countEnabledWithRole(Role role);
}
