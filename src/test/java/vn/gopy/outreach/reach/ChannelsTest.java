package vn.gopy.outreach.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.reach.internal.ChannelCounts;

/** The agency registers channels; codes are unique and readable; the agency boundary holds; the CSV reads back. */
@IntegrationTest
class ChannelsTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures fixtures;
    @Autowired Channels channels;
    @Autowired ChannelsCsv csv;
    @Autowired ChannelCounts counts;

    long justice;
    long finance;
    long draft;

    @BeforeEach
    void aPublicDraft() {
        database.clear();
        justice = fixtures.agency("BTP");
        finance = fixtures.agency("BTC");
        draft = fixtures.openDraft(justice, "KR-1", 40);
    }

    @AfterEach
    void noOneActsAnyMore() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachChannelGetsAUniqueCodeWithoutLookAlikeCharacters() {
        TestStaff.drafterOf(justice);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            ChannelReach c = channels.add(draft, new NewChannel(ChannelKind.POSTER, "Áp phích phường " + i, null));
            codes.add(c.code());
            assertThat(c.code()).matches("[a-hjkmnp-z2-9]{7}");
            assertThat(c.shortLink()).isEqualTo("http://gopy.test/c/" + c.code());
        }
        assertThat(codes).hasSize(40);
        assertThat(channels.of(draft).channels()).hasSize(40).allSatisfy(c -> assertThat(c.visits()).isZero());
    }

    @Test
    void blankTooLongAndDuplicateNamesAreRefusedAndNothingIsSaved() {
        TestStaff.drafterOf(justice);
        channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "  Báo Nhân Dân ", "Bài ngày 2/12"));

        assertProblem(new NewChannel(ChannelKind.NEWSPAPER, "   ", null), "name", "common.error.required");
        assertProblem(new NewChannel(ChannelKind.NEWSPAPER, "x".repeat(81), null), "name", "common.error.too-long");
        assertProblem(new NewChannel(ChannelKind.OTHER, "báo nhân dân", null), "name", "outreach.reach.error.duplicate");
        assertProblem(new NewChannel(null, "Zalo OA", null), "kind", "common.error.required");
        assertProblem(new NewChannel(ChannelKind.OTHER, "Zalo OA", "y".repeat(301)), "note", "common.error.too-long");

        List<ChannelReach> saved = channels.of(draft).channels();
        assertThat(saved).extracting(ChannelReach::name).containsExactly("Báo Nhân Dân");
        assertThat(saved.getFirst().note()).isEqualTo("Bài ngày 2/12");
    }

    private void assertProblem(NewChannel form, String field, String key) {
        assertThatThrownBy(() -> channels.add(draft, form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }

    @Test
    void anotherAgencysDrafterCanNeitherSeeNorChangeTheChannels() throws Exception {
        TestStaff.drafterOf(justice);
        ChannelReach paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo Pháp luật", null));

        TestStaff.drafterOf(finance);
        assertThatThrownBy(() -> channels.of(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.add(draft, new NewChannel(ChannelKind.OTHER, "Lạ", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.remove(draft, paper.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv.write(draft, new ByteArrayOutputStream(), k -> k))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(channels.overview()).isEmpty();
        TestStaff.anonymous();
        assertThatThrownBy(() -> channels.of(draft)).isInstanceOf(AccessDeniedException.class);

        TestStaff.admin();
        assertThat(channels.of(draft).channels()).extracting(ChannelReach::name).containsExactly("Báo Pháp luật");
        assertThat(channels.overview()).singleElement().satisfies(s -> assertThat(s.channels()).isEqualTo(1));
    }

    @Test
    void aChannelWithCountsIsRetiredAndKeepsThemOneWithoutIsDeleted() {
        TestStaff.drafterOf(justice);
        ChannelReach mistake = channels.add(draft, new NewChannel(ChannelKind.OTHER, "Nhầm", null));
        ChannelReach used = channels.add(draft, new NewChannel(ChannelKind.POSTER, "Áp phích chợ Bến Thành", null));
        counts.visit(used.id(), LocalDate.of(2026, 11, 20));

        assertThat(channels.remove(draft, mistake.id())).isFalse();
        assertThat(channels.remove(draft, used.id())).isTrue();

        assertThat(channels.of(draft).channels()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Áp phích chợ Bến Thành");
            assertThat(c.retired()).isTrue();
            assertThat(c.visits()).isEqualTo(1);
        });
        assertThat(channels.target(mistake.code())).isEmpty();
        assertThat(channels.target(used.code())).get().extracting(ShortLinkTarget::active).isEqualTo(false);
    }

    @Test
    void theCsvHasOneRowPerChannelAndDayAndReadsBackInExcel() throws Exception {
        TestStaff.drafterOf(justice);
        ChannelReach paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo \"Tuổi Trẻ\", bản in", null));
        ChannelReach formula = channels.add(draft, new NewChannel(ChannelKind.SOCIAL_MEDIA, "=HYPERLINK(\"x\")", null));
        LocalDate first = LocalDate.of(2026, 11, 20);
        counts.visit(paper.id(), first);
        counts.visit(paper.id(), first);
        counts.visit(paper.id(), first.plusDays(1));
        counts.visit(formula.id(), first.plusDays(1));
        counts.comment(paper.code(), draft, first.plusDays(1));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(draft, out, key -> key.startsWith("kind.") ? key.substring(5) : key);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).extracting(CSVRecord::values).containsExactly(
                new String[] {"date", "channel", "kind", "visits", "comments"},
                new String[] {"2026-11-20", "Báo \"Tuổi Trẻ\", bản in", "NEWSPAPER", "2", "0"},
                new String[] {"2026-11-21", "Báo \"Tuổi Trẻ\", bản in", "NEWSPAPER", "1", "1"},
                new String[] {"2026-11-21", "'=HYPERLINK(\"x\")", "SOCIAL_MEDIA", "1", "0"});
    }
}
