package vn.gopy.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReadingFormatTest {

    static final Locale VI = Locale.of("vi");
    // 10:00 UTC is 17:00 in Vietnam.
    static final Instant CLOSING = Instant.parse("2026-12-30T10:00:00Z");

    @Test
    void datesAndTimesAreInVietnamTimeAndTheReadersStyle() {
        assertThat(ReadingFormat.dateTime(CLOSING, VI)).isEqualTo("30/12/2026 17:00");
        assertThat(ReadingFormat.date(CLOSING, VI)).isEqualTo("30/12/2026");
        assertThat(ReadingFormat.dateTime(CLOSING, Locale.ENGLISH)).isEqualTo("30 Dec 2026, 17:00");
        assertThat(ReadingFormat.date(Instant.parse("2026-12-31T18:00:00Z"), VI)).isEqualTo("01/01/2027");
    }

    @Test
    void amountsAndSizesUseTheReadersDigitGrouping() {
        assertThat(ReadingFormat.number(new BigInteger("1500000"), VI)).isEqualTo("1.500.000");
        assertThat(ReadingFormat.number(new BigInteger("1500000"), Locale.ENGLISH)).isEqualTo("1,500,000");
        assertThat(ReadingFormat.fileSize(1_468_006, VI)).isEqualTo("1,4 MB");
        assertThat(ReadingFormat.fileSize(1_468_006, Locale.ENGLISH)).isEqualTo("1.4 MB");
        assertThat(ReadingFormat.fileSize(839_680, VI)).isEqualTo("820 KB");
        assertThat(ReadingFormat.fileSize(12, VI)).isEqualTo("12 B");
    }

    @Test
    void anExcerptIsTheFirstParagraphCutAtAWord() {
        assertThat(ReadingFormat.excerpt("Ngắn gọn.\nĐoạn hai.", 100)).isEqualTo("Ngắn gọn.");
        assertThat(ReadingFormat.excerpt("Một hai ba bốn năm sáu", 12)).isEqualTo("Một hai ba…");
        assertThat(ReadingFormat.excerpt(null, 10)).isEmpty();
    }
}
