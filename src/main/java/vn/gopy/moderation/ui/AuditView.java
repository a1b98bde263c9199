package vn.gopy.moderation.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.moderation.AuditEntry;
import vn.gopy.moderation.AuditTrail;
import vn.gopy.security.Role;

/** The audit trail of moderation, for administrators: every decision, newest first, and all of it as CSV. */
@Route("admin/moderation-audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "moderation.audit.menu", order = 94)
@StyleSheet("styles/moderation.css")
public class AuditView extends Main implements HasDynamicTitle {

    static final String FILE_NAME = "gopy-moderation-audit.csv";

    private final AuditTrail trail;

    AuditView(AuditTrail trail) {
        this.trail = trail;
        addClassNames("page", "admin-page", "audit-page");
        Paragraph intro = new Paragraph(getTranslation("moderation.audit.intro"));
        intro.addClassName("muted");
        Anchor csv = new Anchor(csvDownload(), "");
        csv.removeAll();
        csv.add(VaadinIcon.DOWNLOAD.create());
        csv.add(" " + getTranslation("moderation.audit.csv"));
        csv.addClassName("audit-csv");
        csv.getElement().setAttribute("download", FILE_NAME);
        Div toolbar = new Div(csv);
        toolbar.addClassName("admin-toolbar");
        add(new H1(getTranslation("moderation.audit.title")), intro, toolbar, grid());
    }

    private Grid<AuditEntry> grid() {
        Grid<AuditEntry> grid = new Grid<>();
        grid.addClassNames("admin-grid", "audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("moderation.audit.title"));
        grid.setEmptyStateText(getTranslation("moderation.audit.empty"));
        grid.addColumn(e -> ModerationFormats.dateTime(e.at(), getLocale())).setHeader(getTranslation("moderation.audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::moderator).setHeader(getTranslation("moderation.audit.who")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("moderation.audit.action." + e.action()))
                .setHeader(getTranslation("moderation.audit.what")).setFlexGrow(1);
        grid.addColumn(this::why).setHeader(getTranslation("moderation.audit.why")).setFlexGrow(3);
        grid.addColumn(AuditEntry::trackingNumber).setHeader(getTranslation("moderation.audit.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(100);
        grid.setItems(query -> trail.page(query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count()));
        return grid;
    }

    private String why(AuditEntry entry) {
        String reason = entry.reason() == null ? "" : getTranslation("moderation.reason." + entry.reason());
        String note = entry.note() == null ? "" : entry.note();
        return reason.isEmpty() || note.isEmpty() ? reason + note : reason + ": " + note;
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName(FILE_NAME);
            event.setContentType("text/csv; charset=UTF-8");
            writeCsv(event.getOutputStream());
        };
    }

    /** The whole trail as CSV, as the download sends it. */
    void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        trail.exportCsv(writer);
        writer.flush();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.audit.title") + " · Gopy";
    }
}
