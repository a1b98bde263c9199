package vn.gopy.outreach.reach.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.outreach.reach.ChannelKind;
import vn.gopy.outreach.reach.ChannelDay;

/**
 * The counts per channel and day. Each visit or comment is one upsert on its day's row: concurrent visits
 * queue on that row in PostgreSQL and none is lost, with no read-modify-write in Java.
 */
@Component
public class ChannelCounts {

    private final JdbcClient jdbc;

    ChannelCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void visit(long channelId, LocalDate day) {
        jdbc.sql("""
                INSERT INTO outreach_channel_day (channel_id, day, visits) VALUES (?, ?, 1)
                ON CONFLICT (channel_id, day) DO UPDATE SET visits = outreach_channel_day.visits + 1""")
                .params(channelId, day).update();
    }

    /**
     * A confirmed comment for the active channel with this code on this draft; returns false (nothing counted)
     * when there is none: an unknown, retired or other draft's code.
     */
    public boolean comment(String code, long draftId, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO outreach_channel_day (channel_id, day, confirmed_comments)
                SELECT id, ?, 1 FROM outreach_channel WHERE code = ? AND draft_id = ? AND retired_at IS NULL
                ON CONFLICT (channel_id, day) DO UPDATE
                SET confirmed_comments = outreach_channel_day.confirmed_comments + 1""")
                .params(day, code, draftId).update() > 0;
    }

    /** Totals per channel of a draft: channel id to {visits, confirmed comments}. */
    public Map<Long, long[]> totals(long draftId) {
        return jdbc.sql("""
                SELECT d.channel_id, sum(d.visits) AS visits, sum(d.confirmed_comments) AS comments
                FROM outreach_channel_day d JOIN outreach_channel c ON c.id = d.channel_id
                WHERE c.draft_id = ? GROUP BY d.channel_id""").param(draftId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every day with a count, oldest first, channel by channel in the order they were added. */
    public List<ChannelDay> days(long draftId) {
        return jdbc.sql("""
                SELECT d.day, c.name, c.kind, d.visits, d.confirmed_comments
                FROM outreach_channel_day d JOIN outreach_channel c ON c.id = d.channel_id
                WHERE c.draft_id = ? ORDER BY d.day, c.created_at, c.id""").param(draftId)
                .query((rs, n) -> new ChannelDay(rs.getObject(1, LocalDate.class), rs.getString(2),
                        ChannelKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5))).list();
    }

    /** Whether any visit or comment was counted for the channel: then it may be retired, never deleted. */
    public boolean hasCounts(long channelId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM outreach_channel_day WHERE channel_id = ?)")
                .param(channelId).query(Boolean.class).single();
    }
}
