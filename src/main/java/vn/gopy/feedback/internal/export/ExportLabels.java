package vn.gopy.feedback.internal.export;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Turns one exported comment into the cells of its row, in one language: words where the table has codes
 * (who commented, state, outcome, province, sector, article), times as {@link LocalDateTime} (each format writes
 * them its own way), numbers as numbers. The words are looked up once per export and kept, not once per row.
 */
final class ExportLabels {

    private final I18NProvider translations;
    private final Taxonomies taxonomies;
    private final Locale locale;
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, String> articles = new HashMap<>();

    ExportLabels(I18NProvider translations, Taxonomies taxonomies, Locale locale) {
        this.translations = translations;
        this.taxonomies = taxonomies;
        this.locale = locale;
    }

    String[] headers() {
        ExportColumn[] columns = ExportColumn.values();
        String[] headers = new String[columns.length];
        for (ExportColumn column : columns) {
            headers[column.ordinal()] = text(column.headerKey());
        }
        return headers;
    }

    /** Fills {@code cells} (one per column, reused from row to row) with the comment's values. */
    void fill(ExportedComment c, Object[] cells) {
        cells[ExportColumn.TRACKING_NUMBER.ordinal()] = c.trackingNumber();
        cells[ExportColumn.DRAFT.ordinal()] = c.draftReference();
        cells[ExportColumn.SUBMITTED_AT.ordinal()] = c.submittedAt();
        cells[ExportColumn.CONFIRMED_AT.ordinal()] = c.confirmedAt();
        cells[ExportColumn.KIND.ordinal()] = coded("comments.kind.", c.kind());
        cells[ExportColumn.ORGANISATION.ordinal()] = c.organisation();
        cells[ExportColumn.NAME.ordinal()] = c.name();
        cells[ExportColumn.EMAIL.ordinal()] = c.email();
        cells[ExportColumn.PROVINCE.ordinal()] = c.provinceCode() == null ? null
                : taxonomies.provinces().name(c.provinceCode(), locale);
        cells[ExportColumn.SECTOR.ordinal()] = c.sectorCode() == null ? null
                : taxonomies.sectors().name(c.sectorCode(), locale);
        cells[ExportColumn.ARTICLE.ordinal()] = c.articleLabel() == null ? null
                : articles.computeIfAbsent(c.articleLabel(), label -> text("feedback.export.article", label));
        cells[ExportColumn.TEXT.ordinal()] = c.text();
        cells[ExportColumn.PUBLISHED_TEXT.ordinal()] = c.publishedText();
        cells[ExportColumn.STATE.ordinal()] = coded("comments.state.", c.state());
        cells[ExportColumn.REASON.ordinal()] = c.decisionReason();
        cells[ExportColumn.GROUP.ordinal()] = c.groupId();
        cells[ExportColumn.GROUP_SIZE.ordinal()] = c.groupSize();
        cells[ExportColumn.OUTCOME.ordinal()] = coded("feedback.export.outcome.", c.outcome());
        cells[ExportColumn.EXPLANATION.ordinal()] = c.explanation();
        cells[ExportColumn.CHANGED_ARTICLE.ordinal()] = c.changedArticle();
        cells[ExportColumn.ANSWERED_BY.ordinal()] = c.answeredBy();
        cells[ExportColumn.ANSWERED_AT.ordinal()] = c.answeredAt();
    }

    String text(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private String coded(String prefix, String code) {
        return code == null ? null : cache.computeIfAbsent(prefix + code, this::text);
    }
}
