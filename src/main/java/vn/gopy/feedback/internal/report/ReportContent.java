package vn.gopy.feedback.internal.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.gopy.feedback.internal.report.ReceptionReport.Count;
import vn.gopy.feedback.internal.report.ReceptionReport.Entry;

/**
 * The report worded once, cell by cell, for both writers: the PDF and the DOCX differ in layout only. Rows are
 * numbered through the whole report, so that "No. 17" names one comment. Articles without comments are left
 * out. Text is put into composed form (NFC): Vietnamese typed as base letters plus combining marks would
 * otherwise be drawn glyph by glyph with misplaced accents, and would not be found by a search in the PDF.
 */
final class ReportContent {

    /** A small two-column table: its caption heads the first column. */
    record CountTable(String caption, List<Count> rows) {}

    /** One comment's row; notes are the smaller lines under the sender and under the explanation. */
    record Row(String number, String who, List<String> whoNotes, String comment, String outcome,
            String explanation, String explanationNote) {}

    /** An article's heading ("Điều 3. Các hành vi bị nghiêm cấm") and its rows. */
    record Section(String heading, List<Row> rows) {}

    private final ReceptionReport report;
    private final ReportTexts texts;
    private final List<Section> articles = new ArrayList<>();
    private final List<Row> general = new ArrayList<>();

    ReportContent(ReceptionReport report) {
        this.report = report;
        this.texts = new ReportTexts(report.language());
        int number = 0;
        for (ReceptionReport.ArticleSection article : report.articles()) {
            if (article.entries().isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Entry entry : article.entries()) {
                rows.add(row(++number, entry));
            }
            articles.add(new Section(heading(article), rows));
        }
        for (Entry entry : report.generalComments()) {
            general.add(row(++number, entry));
        }
    }

    ReportTexts texts() {
        return texts;
    }

    String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    String title() {
        return text("title");
    }

    String draftTitle() {
        return nfc(report.draftTitle());
    }

    String agencyName() {
        return nfc(report.agencyName());
    }

    /** Reference number (when there is one), agency and date, one line each. */
    List<String> titleLines() {
        List<String> lines = new ArrayList<>();
        if (report.referenceNumber() != null && !report.referenceNumber().isBlank()) {
            lines.add(text("reference", nfc(report.referenceNumber())));
        }
        lines.add(text("agency", nfc(report.agencyName())));
        lines.add(text("written-on", texts.date(report.writtenOn())));
        return lines;
    }

    List<String> consultation() {
        List<String> lines = new ArrayList<>();
        lines.add(text("window", texts.date(report.opensOn()), texts.date(report.closesOn())));
        if (!report.channels().isEmpty()) {
            lines.add(text("channels", nfc(String.join(", ", report.channels()))));
        }
        return lines;
    }

    /** Nothing came in at all: the report says so in one sentence instead of tables of zeros. */
    boolean nothingReceived() {
        return report.totals().received() == 0 && articles.isEmpty() && general.isEmpty();
    }

    List<CountTable> countTables() {
        ReceptionReport.Totals totals = report.totals();
        List<CountTable> tables = new ArrayList<>();
        tables.add(new CountTable(text("totals.caption"), List.of(
                new Count(text("totals.received"), totals.received()),
                new Count(text("totals.published"), totals.published()),
                new Count(text("totals.not-published"), totals.notPublished()),
                new Count(text("totals.awaiting"), totals.awaiting()),
                new Count(text("totals.answered"), totals.answered()))));
        if (!report.byCommenterKind().isEmpty()) {
            tables.add(new CountTable(text("by-kind.caption"), named(report.byCommenterKind())));
        }
        if (!report.byOutcome().isEmpty()) {
            tables.add(new CountTable(text("by-outcome.caption"), named(report.byOutcome())));
        }
        return tables;
    }

    String number(long count) {
        return texts.number(count);
    }

    List<Section> articles() {
        return articles;
    }

    List<Row> general() {
        return general;
    }

    List<String> columns() {
        return List.of(text("column.number"), text("column.who"), text("column.comment"), text("column.outcome"),
                text("column.explanation"));
    }

    private Row row(int number, Entry entry) {
        List<String> whoNotes = new ArrayList<>();
        if (entry.senders() > 1) {
            whoNotes.add(text("entry.senders", texts.number(entry.senders())));
        }
        if (entry.trackingNumber() != null) {
            whoNotes.add(text("entry.tracking", entry.trackingNumber()));
        }
        String outcome = entry.outcome() == null ? text("entry.unanswered") : nfc(entry.outcome());
        String changed = entry.changedArticle() == null || entry.changedArticle().isBlank() ? null
                : text("entry.changed-article", nfc(entry.changedArticle()));
        return new Row(texts.number(number), nfc(entry.who()), whoNotes, nfc(entry.comment()), outcome,
                nfc(entry.explanation()), changed);
    }

    private static String heading(ReceptionReport.ArticleSection article) {
        String title = article.title();
        return nfc(title == null || title.isBlank() ? article.label() : article.label() + ". " + title);
    }

    private static List<Count> named(List<Count> counts) {
        return counts.stream().map(c -> new Count(nfc(c.label()), c.count())).toList();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFC);
    }
}
