package vn.gopy.agencies;

/** An agency was created or its names, code or website changed; published after the change is committed. */
public record AgencyChanged(long agencyId) {
}
