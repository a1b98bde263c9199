package vn.gopy.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.TextBlockView;
import vn.gopy.feedback.DraftStatistics.Tally;
import vn.gopy.feedback.internal.report.ReceptionReport;
import vn.gopy.feedback.internal.report.ReceptionReport.ArticleSection;
import vn.gopy.feedback.internal.report.ReceptionReport.Count;
import vn.gopy.feedback.internal.report.ReceptionReport.Entry;
import vn.gopy.feedback.internal.report.ReceptionReport.Totals;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Words the reception report from the dispositions, in the draft's language: the consultation in numbers, then
 * article by article in the draft's order the comments and the agency's answers, then the general comments.
 */
@Component
public class ReportFromAnswers {

    /** A comment longer than this is summarised by its beginning; the whole stays on the portal. */
    static final int SUMMARY_LENGTH = 1_200;

    private final DraftCatalog catalog;
    private final StatisticsQueries statistics;
    private final ReportEntries entries;
    private final Taxonomies taxonomies;
    private final I18NProvider translations;
    private final Clock clock;

    ReportFromAnswers(DraftCatalog catalog, StatisticsQueries statistics, ReportEntries entries, Taxonomies taxonomies,
            I18NProvider translations, Clock clock) {
        this.catalog = catalog;
        this.statistics = statistics;
        this.entries = entries;
        this.taxonomies = taxonomies;
        this.translations = translations;
        this.clock = clock;
    }

    public ReceptionReport of(DraftCard draft) {
        Locale locale = "en".equals(draft.language()) ? Locale.ENGLISH : Locale.of("vi");
        var totals = statistics.totals(draft.id());
        Map<String, List<Entry>> byArticle = new LinkedHashMap<>();
        List<Entry> general = new ArrayList<>();
        for (ReportEntries.Row row : entries.of(draft.id())) {
            Entry entry = entry(row, locale);
            if (row.articleLabel() == null) {
                general.add(entry);
            } else {
                byArticle.computeIfAbsent(row.articleLabel().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            }
        }
        List<ArticleSection> sections = new ArrayList<>();
        for (TextBlockView article : catalog.page(draft.id(), null).articles()) {
            List<Entry> about = byArticle.remove(article.label().toLowerCase(Locale.ROOT));
            if (about != null) {
                sections.add(new ArticleSection(label(article.label(), locale), article.title(), about));
            }
        }
        // Articles that a revision removed still had comments: they keep their place at the end.
        byArticle.forEach((label, about) -> sections.add(new ArticleSection(label(label, locale), "", about)));
        return new ReceptionReport(locale.getLanguage(), draft.title(), draft.referenceNumber(),
                draft.agency() == null ? "" : draft.agency().name(locale), date(draft.opensAt()),
                date(draft.closesAt()), PortalTime.today(clock), List.of(text("feedback.content.channel.portal", locale)),
                new Totals(totals.confirmed(), totals.published(), totals.notPublished(), totals.awaiting(),
                        totals.answered()),
                counts(statistics.by(draft.id(), "commenter_kind"), "comments.kind.", locale),
                counts(statistics.byOutcome(draft.id()), "feedback.outcome.", locale), sections, general);
    }

    private Entry entry(ReportEntries.Row row, Locale locale) {
        return new Entry(who(row, locale), row.senders(), row.trackingNumber(), summary(row.text()),
                row.outcome() == null ? null : text("feedback.outcome." + row.outcome().name(), locale),
                row.outcome() == null ? null : row.explanation(),
                row.changedArticle() == null ? null : label(row.changedArticle(), locale));
    }

    /** "Công ty ABC (Doanh nghiệp, Hà Nội)", "Nguyễn Văn A (Cá nhân)", "Ẩn danh (Cá nhân)". */
    private String who(ReportEntries.Row row, Locale locale) {
        String name = row.organisation() != null ? row.organisation()
                : row.name() != null ? row.name() : text("feedback.content.anonymous", locale);
        String kind = text("comments.kind." + row.kind().name(), locale);
        String province = row.provinceCode() == null ? null
                : taxonomies.provinces().find(row.provinceCode()).map(t -> t.name(locale)).orElse(null);
        return name + " (" + kind + (province == null ? "" : ", " + province) + ")";
    }

    private List<Count> counts(List<Tally> tallies, String keyPrefix, Locale locale) {
        return tallies.stream().map(t -> new Count(text(keyPrefix + t.code(), locale), t.count())).toList();
    }

    private String label(String articleLabel, Locale locale) {
        return text("feedback.content.article", locale, articleLabel);
    }

    static String summary(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)).stripTrailing() + " …";
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(PortalTime.ZONE).toLocalDate();
    }

    private String text(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
