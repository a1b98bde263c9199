package vn.gopy.outreach.alerts;

/**
 * One thing followed: a code (agency, sector, province, document type) or, for a saved search or a profile,
 * the parameters of its address ({@code q=dat&sector=F}).
 */
public record Topic(TopicKind kind, String value) {

    public Topic {
        value = value == null ? "" : value.strip();
    }
}
