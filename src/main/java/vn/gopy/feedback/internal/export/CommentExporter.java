package vn.gopy.feedback.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;
import vn.gopy.feedback.ExportProgress;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Writes an export in its format. Asks nobody's permission: {@link vn.gopy.feedback.CommentExports} does, and
 * holds the read-only transaction that lets the rows stream.
 */
@Component
public class CommentExporter {

    private final ExportRows rows;
    private final AttachmentsZip attachments;
    private final I18NProvider translations;
    private final Taxonomies taxonomies;

    CommentExporter(ExportRows rows, AttachmentsZip attachments, I18NProvider translations, Taxonomies taxonomies) {
        this.rows = rows;
        this.attachments = attachments;
        this.translations = translations;
        this.taxonomies = taxonomies;
    }

    public long count(ExportFilter filter) {
        return rows.count(filter);
    }

    public long countAttachments(ExportFilter filter) {
        return attachments.count(filter);
    }

    /** Writes every matching comment (or attachment, for a ZIP); returns how many. Leaves {@code out} open. */
    public long write(ExportFilter filter, ExportFormat format, Locale locale, OutputStream out,
            ExportProgress progress) throws IOException {
        ExportLabels labels = new ExportLabels(translations, taxonomies, locale);
        RowCounter counter = new RowCounter(progress);
        if (format == ExportFormat.ZIP) {
            attachments.write(filter, labels, out, counter);
            return counter.done();
        }
        try (SheetWriter sheet = format == ExportFormat.CSV ? new CsvSheetWriter(out)
                : new XlsxSheetWriter(out, labels.text("feedback.export.sheet"))) {
            sheet.header(labels.headers());
            Object[] cells = new Object[ExportColumn.values().length];
            rows.forEach(filter, comment -> {
                labels.fill(comment, cells);
                try {
                    sheet.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counter.add();
            });
            sheet.finish();
        }
        return counter.done();
    }
}
