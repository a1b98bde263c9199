package vn.gopy.outreach.reach;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.InputCheck;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.outreach.reach.internal.Channel;
import vn.gopy.outreach.reach.internal.ChannelCodes;
import vn.gopy.outreach.reach.internal.ChannelCounts;
import vn.gopy.outreach.reach.internal.ChannelRepository;
import vn.gopy.security.CurrentStaff;

/**
 * The channels that spread a draft, for its drafting agency (administrators: every agency). Every method asks
 * the drafts module for the draft first, which refuses another agency's drafter whatever the view shows.
 */
@Service
public class Channels {

    static final int MAX_NAME = 80;
    static final int MAX_NOTE = 300;

    private final ChannelRepository channels;
    private final ChannelCounts counts;
    private final DraftService drafts;
    private final CurrentStaff currentStaff;
    private final ShortLinks links;
    private final Clock clock;

    Channels(ChannelRepository channels, ChannelCounts counts, DraftService drafts, CurrentStaff currentStaff,
            ShortLinks links, Clock clock) {
        this.channels = channels;
        this.counts = counts;
        this.drafts = drafts;
        this.currentStaff = currentStaff;
        this.links = links;
        this.clock = clock;
    }

    /** The user's public drafts (all agencies' for administrators), with their channels' totals. */
    @Transactional(readOnly = true)
    public List<DraftChannelsSummary> overview() {
        return drafts.myDrafts().stream().filter(d -> d.status().isPublic()).map(d -> {
            List<ChannelReach> reach = channelsOf(d.id());
            return new DraftChannelsSummary(d, reach.size(), reach.stream().mapToLong(ChannelReach::visits).sum(),
                    reach.stream().mapToLong(ChannelReach::confirmedComments).sum());
        }).toList();
    }

    @Transactional(readOnly = true)
    public DraftReach of(long draftId) {
        DraftCard draft = drafts.cardForStaff(draftId);
        return new DraftReach(draft, channelsOf(draftId), counts.days(draftId));
    }

    /** Registers a channel with a new code. Blank, too long or duplicate names are refused, nothing saved. */
    @Transactional
    public ChannelReach add(long draftId, NewChannel form) {
        DraftCard draft = drafts.cardForStaff(draftId);
        String name = form.name() == null ? null : PlainText.singleLine(form.name());
        String note = form.note() == null || form.note().isBlank() ? null : PlainText.singleLine(form.note());
        InputCheck check = new InputCheck().requiredText("name", name, MAX_NAME).optionalText("note", note, MAX_NOTE)
                .require(form.kind() != null, "kind", "common.error.required")
                .require(draft.status().isPublic(), "draft", "outreach.reach.error.not-public");
        if (!check.hasProblemWith("name")) {
            check.require(!channels.existsByDraftAndName(draftId, name), "name", "outreach.reach.error.duplicate");
        }
        check.throwIfInvalid();
        String code = ChannelCodes.generate();
        while (channels.existsByCode(code)) {
            code = ChannelCodes.generate();
        }
        Channel channel = channels.saveAndFlush(new Channel(draftId, form.kind(), name, note, code,
                currentStaff.require().username(), clock.instant()));
        return reach(channel, Map.of());
    }

    /**
     * Takes a channel away: retired (its link leads to the draft without counting) once anything was counted,
     * so that the counts stay; deleted outright when nothing was, as a mistake. Returns true when retired.
     */
    @Transactional
    public boolean remove(long draftId, long channelId) {
        drafts.cardForStaff(draftId);
        Channel channel = channels.findById(channelId).filter(c -> c.getDraftId() == draftId)
                .orElseThrow(() -> new NotFoundException("Channel " + channelId));
        if (counts.hasCounts(channelId)) {
            channel.retire(clock.instant());
            return true;
        }
        channels.delete(channel);
        return false;
    }

    /** Where a short link leads, for anyone (the link is public): empty for a code we never gave. */
    @Transactional(readOnly = true)
    public Optional<ShortLinkTarget> target(String code) {
        if (!ChannelCodes.looksValid(code)) {
            return Optional.empty();
        }
        return channels.findByCode(code).map(c -> new ShortLinkTarget(c.getId(), c.getDraftId(), c.getCode(),
                !c.isRetired()));
    }

    private List<ChannelReach> channelsOf(long draftId) {
        Map<Long, long[]> totals = counts.totals(draftId);
        return channels.findByDraft(draftId).stream().map(c -> reach(c, totals)).toList();
    }

    private ChannelReach reach(Channel c, Map<Long, long[]> totals) {
        long[] t = totals.getOrDefault(c.getId(), new long[2]);
        return new ChannelReach(c.getId(), c.getKind(), c.getName(), c.getNote(), c.getCode(),
                links.shortLink(c.getCode()), c.isRetired(), t[0], t[1]);
    }
}
