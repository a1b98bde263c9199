package vn.gopy.demo;

import java.util.List;
import java.util.Set;

import vn.gopy.security.Role;

/**
 * The demo staff accounts. Their passwords are public (README, log): they exist only to try the portal,
 * in a database that had no data before, and must be changed or disabled before real use.
 */
final class DemoAccounts {

    record Account(String username, String displayName, Set<Role> roles, String agencyCode, String password) {
    }

    static final String DRAFTER_PASSWORD = "gopy-demo-drafter";

    static final List<Account> ALL = List.of(
            new Account("admin", "Quản trị viên (demo)", Set.of(Role.ADMIN), null, "gopy-demo-admin"),
            new Account("kiemduyet", "Kiểm duyệt viên (demo)", Set.of(Role.MODERATOR), null, "gopy-demo-moderator"),
            new Account("btp", "Nguyễn Minh Anh (Bộ Tư pháp)", Set.of(Role.DRAFTER), "BTP", DRAFTER_PASSWORD),
            new Account("btc", "Trần Quốc Bảo (Bộ Tài chính)", Set.of(Role.DRAFTER), "BTC", DRAFTER_PASSWORD),
            new Account("bnnmt", "Lê Thu Hà (Bộ Nông nghiệp và Môi trường)", Set.of(Role.DRAFTER), "BNNMT",
                    DRAFTER_PASSWORD),
            new Account("bct", "Phạm Đức Long (Bộ Công Thương)", Set.of(Role.DRAFTER), "BCT", DRAFTER_PASSWORD),
            new Account("bxd", "Hoàng Thị Mai (Bộ Xây dựng)", Set.of(Role.DRAFTER), "BXD", DRAFTER_PASSWORD));

    private DemoAccounts() {
    }
}
