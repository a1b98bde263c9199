package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.gopy.drafts.DraftStatus;

class ConsultationsQueryTest {

    private static ConsultationsQuery parse(String query) {
        return ConsultationsQuery.from(QueryParameters.fromString(query), id -> id == 3L, Set.of("LAW", "DECREE")::contains);
    }

    @Test
    void aSharedAddressGivesBackTheSameListAndTheSameAddress() {
        ConsultationsQuery query = parse("agency=3&type=DECREE&status=upcoming&page=2");

        assertThat(query).isEqualTo(new ConsultationsQuery(3L, "DECREE", DraftStatus.SCHEDULED, 2));
        assertThat(query.href()).isEqualTo("consultations?agency=3&type=DECREE&status=upcoming&page=2");
        assertThat(query.filter().status()).isEqualTo(DraftStatus.SCHEDULED);
    }

    @Test
    void valuesThatMeanNothingAreDropped() {
        assertThat(parse("status=xyz&page=-5&agency=abc&type=NOPE")).isEqualTo(ConsultationsQuery.none());
        assertThat(parse("agency=4&page=0&status=DRAFT")).isEqualTo(ConsultationsQuery.none());
        assertThat(parse("page=99999999999999999999&agency=")).isEqualTo(ConsultationsQuery.none());
        assertThat(ConsultationsQuery.none().href()).isEqualTo("consultations");
    }

    @Test
    void changingAFilterGoesBackToTheFirstPage() {
        ConsultationsQuery third = parse("status=open&page=3");

        assertThat(third.withAgency(3L).href()).isEqualTo("consultations?agency=3&status=open");
        assertThat(third.withStatus(null).href()).isEqualTo("consultations");
        assertThat(third.atPage(4).href()).isEqualTo("consultations?status=open&page=4");
    }
}
