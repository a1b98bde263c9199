package vn.gopy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.StaffAccountForm;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.common.PortalTime;
import vn.gopy.security.Role;

/**
 * The foundation's whole journey in a real headless Chromium: a drafter logs in, pastes a draft with
 * Điều headings, publishes it, and an anonymous reader on a 360 px phone opens it at article 3 by its link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DrafterPublishesReaderOpensArticleJourneyIT {

    static final String DRAFT_TEXT = """
            BỘ TƯ PHÁP
            DỰ THẢO
            LUẬT LẤY Ý KIẾN NHÂN DÂN
            Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
            Quốc hội ban hành Luật Lấy ý kiến nhân dân.
            Chương I
            QUY ĐỊNH CHUNG
            Điều 1. Phạm vi điều chỉnh
            Luật này quy định việc lấy ý kiến nhân dân đối với dự thảo văn bản quy phạm pháp luật.
            Điều 2. Đối tượng áp dụng
            Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.
            Điều 3. Quyền góp ý của người dân
            1. Mọi người dân có quyền góp ý đối với dự thảo đang lấy ý kiến.
            2. Cơ quan soạn thảo có trách nhiệm trả lời từng ý kiến góp ý.
            Chương II
            TỔ CHỨC THỰC HIỆN
            Điều 4. Hiệu lực thi hành
            Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2027.
            """;

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AgencyService agencies;
    @Autowired StaffAccountService accounts;

    @BeforeEach
    void aDrafterOfTheMinistryOfJusticeHasAnAccount() {
        database.clear();
        TestStaff.admin();
        long agency = agencies.create(new AgencyForm("BTP", "Bộ Tư pháp", "Ministry of Justice", "", true)).id();
        accounts.create(new StaffAccountForm("soanthao", "Nguyễn Văn Soạn", "soanthao@example.vn",
                Set.of(Role.DRAFTER), agency, true), "mat-khau-du-dai");
        TestStaff.anonymous();
    }

    @Test
    void aDrafterPublishesAPastedDraftAndAReaderOnAPhoneOpensItsThirdArticleByItsLink() throws Exception {
        String base = "http://localhost:" + port + "/";
        String draftPath;
        try (Browser drafter = new Browser(base, 1280, 900)) {
            drafter.open("login");
            drafter.find(By.cssSelector("input[name='username']")).sendKeys("soanthao");
            drafter.find(By.cssSelector("input[name='password']")).sendKeys("mat-khau-du-dai", Keys.ENTER);
            drafter.until(d -> !drafter.currentPath().startsWith("login"));

            drafter.open("staff/drafts/new");
            type(drafter, "vaadin-text-field", "Số hiệu dự thảo", "DT-2026/BTP-99");
            type(drafter, "vaadin-text-field", "Tên dự thảo", "Luật Lấy ý kiến nhân dân");
            type(drafter, "vaadin-text-area", "Tóm tắt bằng ngôn ngữ dễ hiểu",
                    "Dự thảo quy định quyền góp ý của người dân và trách nhiệm trả lời của cơ quan soạn thảo.");
            LocalDateTime now = LocalDateTime.now(PortalTime.ZONE);
            pick(drafter, "Bắt đầu lấy ý kiến", now.minusMinutes(5));
            pick(drafter, "Kết thúc lấy ý kiến", now.plusDays(45));
            click(drafter, "vaadin-button", "Lưu thông tin");
            drafter.until(d -> drafter.currentPath().matches("staff/drafts/\\d+.*"));
            String id = drafter.currentPath().replaceAll("staff/drafts/(\\d+).*", "$1");

            click(drafter, "vaadin-tab", "Văn bản");
            type(drafter, "vaadin-text-area", "Toàn văn dự thảo", DRAFT_TEXT);
            click(drafter, "vaadin-button", "Nhận dạng cấu trúc");
            drafter.until(d -> d.getPageSource().contains("4 điều"));
            drafter.screenshot(Path.of("target/screenshots/structure-editor.png"));
            click(drafter, "vaadin-button", "Lưu văn bản");
            drafter.until(d -> d.getPageSource().contains("Đã lưu văn bản (4 điều)"));

            click(drafter, "vaadin-tab", "Công bố");
            click(drafter, "vaadin-button", "Công bố");
            drafter.click(drafter.find(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']")));
            drafter.until(d -> d.getPageSource().contains("Đang lấy ý kiến"));
            draftPath = "drafts/" + id;
        }

        try (Browser reader = new Browser(base, 360, 780)) {
            reader.open(draftPath + "/articles/3");
            WebElement article = reader.find(By.id("article-3"));
            assertThat(article.getText()).contains("Điều 3. Quyền góp ý của người dân", "trả lời từng ý kiến");
            reader.until(d -> (Boolean) reader.js("const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight;", article));
            assertThat((Boolean) reader.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing sticks out sideways on a 360 px phone").isTrue();
            assertThat(reader.driver().getPageSource()).contains("Luật Lấy ý kiến nhân dân", "Bộ Tư pháp");
            reader.screenshot(Path.of("target/screenshots/draft-article-3-phone.png"));
        }
    }

    /** Types into the Vaadin field whose label is {@code label}. */
    private static void type(Browser browser, String component, String label, String text) {
        WebElement field = browser.find(By.xpath("//" + component + "[label[normalize-space(.)='" + label + "']]"));
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        if (text.length() > 200) {
            // Typing a whole law key by key is slow; set it as a paste would, then let Vaadin see the change.
            browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
        } else {
            input.sendKeys(text);
            input.sendKeys(Keys.TAB);
        }
        browser.waitForVaadin();
    }

    private static void pick(Browser browser, String label, LocalDateTime value) {
        WebElement picker = browser.find(By.xpath("//vaadin-date-time-picker[label[normalize-space(.)='" + label + "']]"));
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                picker, value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.waitForVaadin();
    }

    private static void click(Browser browser, String component, String text) {
        browser.click(browser.find(By.xpath("//" + component + "[normalize-space(.)='" + text + "']")));
    }
}
