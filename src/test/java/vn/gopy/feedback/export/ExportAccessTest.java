package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.feedback.export.ExportReading.VIETNAMESE;
import static vn.gopy.feedback.export.ExportReading.bytes;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.common.PortalTime;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.feedback.internal.export.FileNames;

/** Exports stop at the agency boundary: a drafter exports their own agency's comments only. */
@IntegrationTest
class ExportAccessTest {

    @Autowired ExportScenario scenario;
    @Autowired CommentExports exports;
    @Autowired Clock clock;

    @BeforeEach
    void twoAgencies() {
        scenario.build();
    }

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void aDrafterOfAnotherAgencyIsRefusedTheDraftAndTheAgency() {
        TestStaff.drafterOf(scenario.otherAgency);
        ExportFilter draft = ExportFilter.ofDraft(scenario.draft);
        ExportFilter agency = ExportFilter.ofAgency(scenario.agency);

        assertThatThrownBy(() -> exports.count(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bytes(exports, draft, ExportFormat.CSV, VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bytes(exports, agency, ExportFormat.ZIP, VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.fileName(draft, ExportFormat.CSV)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.count(ExportFilter.everything())).isInstanceOf(AccessDeniedException.class);
        assertThat(exports.count(ExportFilter.ofDraft(scenario.otherDraft))).isEqualTo(1);
    }

    @Test
    void aDrafterCannotWidenTheDraftOfAnotherAgencyByNamingTheirOwnAgencyToo() {
        TestStaff.drafterOf(scenario.otherAgency);
        ExportFilter mixed = new ExportFilter(scenario.draft, scenario.otherAgency, null, null, null, null, false, null, null);

        assertThatThrownBy(() -> exports.count(mixed)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void moderatorsAndVisitorsExportNothing() {
        TestStaff.moderator();
        assertThatThrownBy(() -> exports.count(ExportFilter.ofDraft(scenario.draft))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.count(ExportFilter.ofAgency(scenario.agency))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.count(ExportFilter.everything())).isInstanceOf(AccessDeniedException.class);

        TestStaff.anonymous();
        assertThatThrownBy(() -> exports.count(ExportFilter.ofDraft(scenario.draft))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsExportAnyAgencyAndEverything() throws Exception {
        TestStaff.admin();

        assertThat(exports.count(ExportFilter.ofAgency(scenario.otherAgency))).isEqualTo(1);
        assertThat(exports.count(ExportFilter.everything())).isEqualTo(6);
        assertThat(bytes(exports, ExportFilter.everything(), ExportFormat.XLSX, VIETNAMESE)).isNotEmpty();
    }

    @Test
    void fileNamesAreAsciiAndSayWhatAndWhen() {
        TestStaff.admin();
        String today = PortalTime.today(clock).toString();

        assertThat(exports.fileName(ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV))
                .isEqualTo("gop-y-DT-2026-BXD-04-" + today + ".csv");
        assertThat(exports.fileName(ExportFilter.ofAgency(scenario.agency), ExportFormat.XLSX))
                .isEqualTo("gop-y-BXD-" + today + ".xlsx");
        assertThat(exports.fileName(ExportFilter.everything(), ExportFormat.ZIP)).isEqualTo("gop-y-tat-ca-" + today + ".zip");
        assertThat(FileNames.of("Số 12/2026/NĐ-CP (dự thảo)", LocalDate.of(2026, 11, 28), ExportFormat.CSV)).isEqualTo("gop-y-So-12-2026-ND-CP-du-thao-2026-11-28.csv");
    }
}
