package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gopy.feedback.export.ExportReading.VIETNAMESE;
import static vn.gopy.feedback.export.ExportReading.bytes;
import static vn.gopy.feedback.export.ExportReading.csv;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.feedback.Outcome;

/** Each filter of an export keeps the comments it says, and the count agrees with the file. */
@IntegrationTest
class ExportFiltersTest {

    @Autowired ExportScenario scenario;
    @Autowired CommentExports exports;

    @BeforeEach
    void commentsInEverySituation() {
        scenario.build();
        TestStaff.drafterOf(scenario.agency);
    }

    private ExportFilter filter(CommentState state, CommenterKind kind, String province, Outcome outcome,
            boolean unanswered, LocalDate from, LocalDate to) {
        return new ExportFilter(scenario.draft, null, state, kind, province, outcome, unanswered, from, to);
    }

    private List<String> numbers(ExportFilter filter) throws Exception {
        List<String> numbers = csv(bytes(exports, filter, ExportFormat.CSV, VIETNAMESE)).stream()
                .map(r -> r.get(0)).toList();
        assertThat(exports.count(filter)).as("count of " + filter).isEqualTo(numbers.size());
        return numbers;
    }

    @Test
    void byStateKindAndProvince() throws Exception {
        assertThat(numbers(filter(CommentState.PUBLISHED, null, null, null, false, null, null)))
                .containsExactly(scenario.lan, scenario.business, scenario.masked);
        assertThat(numbers(filter(CommentState.AWAITING_MODERATION, null, null, null, false, null, null)))
                .containsExactly(scenario.waiting);
        assertThat(numbers(filter(null, CommenterKind.BUSINESS, null, null, false, null, null)))
                .containsExactly(scenario.business);
        assertThat(numbers(filter(null, null, "ho-chi-minh", null, false, null, null)))
                .containsExactly(scenario.business);
    }

    @Test
    void byAnswer() throws Exception {
        scenario.answer(scenario.masked, "NOTED", "Cảm ơn ý kiến.", null);

        assertThat(numbers(filter(null, null, null, Outcome.ACCEPTED, false, null, null))).containsExactly(scenario.lan);
        assertThat(numbers(filter(null, null, null, Outcome.NOTED, false, null, null))).containsExactly(scenario.masked);
        assertThat(numbers(filter(null, null, null, null, true, null, null)))
                .containsExactly(scenario.business, scenario.waiting, scenario.rejected);
    }

    @Test
    void byDaysInVietnamBothIncluded() throws Exception {
        LocalDate tenth = LocalDate.of(2026, 1, 10);

        assertThat(numbers(filter(null, null, null, null, false, tenth, tenth))).containsExactly(scenario.business);
        assertThat(numbers(filter(null, null, null, null, false, tenth.plusDays(1), null)))
                .doesNotContain(scenario.business).hasSize(4);
        assertThat(numbers(filter(null, null, null, null, false, null, tenth.minusDays(1)))).isEmpty();
    }

    @Test
    void byAgencyOrEverything() throws Exception {
        assertThat(numbers(ExportFilter.ofAgency(scenario.agency))).hasSize(5);
        TestStaff.admin();
        assertThat(numbers(ExportFilter.everything())).hasSize(6);
    }

    @Test
    void unconfirmedCommentsCannotBeAskedFor() {
        assertThatThrownBy(() -> filter(CommentState.AWAITING_CONFIRMATION, null, null, null, false, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(null, null, null, Outcome.NOTED, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
