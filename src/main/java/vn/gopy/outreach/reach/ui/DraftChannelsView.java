package vn.gopy.outreach.reach.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PortalTime;
import vn.gopy.outreach.reach.ChannelDay;
import vn.gopy.outreach.reach.ChannelKind;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.ChannelsCsv;
import vn.gopy.outreach.reach.DraftReach;
import vn.gopy.security.Role;
import vn.gopy.shell.Notices;

/**
 * A draft's channels: each with its short link, QR code and counts, the totals, the counts day by day, the
 * CSV, and the form to add one. Another agency's draft is refused by the service.
 */
@Route("outreach/channels/:draftId([0-9]{1,18})")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
@StyleSheet("styles/outreach-reach.css")
public class DraftChannelsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Channels channels;
    private final ChannelsCsv csv;
    private long draftId;
    private String title = "Gopy";

    DraftChannelsView(Channels channels, ChannelsCsv csv) {
        this.channels = channels;
        this.csv = csv;
        addClassNames("page", "reach-page", "reach-draft-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DraftReach reach;
        try {
            draftId = Long.parseLong(event.getRouteParameters().get("draftId").orElseThrow());
            reach = channels.of(draftId);
        } catch (NumberFormatException | AccessDeniedException | NotFoundException e) {
            // Another agency's draft is none of this drafter's business, not even its existence.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(reach);
    }

    private void show() {
        show(channels.of(draftId));
    }

    private void show(DraftReach reach) {
        title = getTranslation("outreach.reach.draft.title") + " – " + reach.draft().title() + " · Gopy";
        removeAll();
        Anchor back = new Anchor(ReachLinks.index(), getTranslation("outreach.reach.draft.back"));
        back.addClassName("back-link");
        add(back, new H1(getTranslation("outreach.reach.draft.title")),
                new Paragraph(new Anchor("drafts/" + draftId, reach.draft().title())));
        Div list = new Div();
        list.addClassName("reach-channels");
        if (reach.channels().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("outreach.reach.draft.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        } else {
            Paragraph totals = new Paragraph(getTranslation("outreach.reach.draft.totals", reach.visits(),
                    reach.confirmedComments()));
            totals.addClassName("reach-totals");
            add(totals);
        }
        reach.channels().forEach(c -> list.add(new ChannelCard(draftId, c, () -> remove(c.id(), c.name()))));
        add(list);
        if (reach.draft().status().isPublic()) {
            add(new ChannelForm(draftId, channels, added -> show()));
        }
        if (!reach.days().isEmpty()) {
            add(days(reach));
        }
    }

    private void remove(long channelId, String name) {
        boolean retired = channels.remove(draftId, channelId);
        Notices.success(getTranslation(retired ? "outreach.reach.remove.retired" : "outreach.reach.remove.deleted",
                name));
        show();
    }

    private Div days(DraftReach reach) {
        Grid<ChannelDay> grid = new Grid<>();
        grid.addClassName("reach-days");
        grid.addColumn(d -> PortalTime.date(d.day().atStartOfDay(PortalTime.ZONE).toInstant(), getLocale()))
                .setHeader(getTranslation("outreach.reach.csv.date")).setAutoWidth(true);
        grid.addColumn(ChannelDay::channel).setHeader(getTranslation("outreach.reach.csv.channel")).setFlexGrow(1);
        grid.addColumn(ChannelDay::visits).setHeader(getTranslation("outreach.reach.csv.visits")).setAutoWidth(true);
        grid.addColumn(ChannelDay::confirmedComments).setHeader(getTranslation("outreach.reach.csv.comments"))
                .setAutoWidth(true);
        grid.setItems(reach.days().reversed());
        grid.setAllRowsVisible(true);
        Anchor download = new Anchor(csvDownload(), "");
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(" " + getTranslation("outreach.reach.csv.download"));
        download.addClassName("reach-csv");
        Div days = new Div(new H2(getTranslation("outreach.reach.days.title")), download, grid);
        days.addClassName("reach-days-section");
        return days;
    }

    private DownloadHandler csvDownload() {
        // The words are read here, in the view's request: the download runs later, in a request of its own.
        Map<String, String> labels = new HashMap<>();
        for (String key : new String[] {"date", "channel", "kind", "visits", "comments"}) {
            labels.put(key, getTranslation("outreach.reach.csv." + key));
        }
        for (ChannelKind kind : ChannelKind.values()) {
            labels.put("kind." + kind, getTranslation("outreach.reach.kind." + kind));
        }
        long id = draftId;
        return event -> {
            event.setFileName(fileName(id));
            event.setContentType("text/csv; charset=UTF-8");
            csv.write(id, event.getOutputStream(), labels::get);
        };
    }

    static String fileName(long draftId) {
        return "kenh-lan-toa-" + draftId + ".csv";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
