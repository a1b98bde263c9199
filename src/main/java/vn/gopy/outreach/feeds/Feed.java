package vn.gopy.outreach.feeds;

import vn.gopy.drafts.DraftScope;

/**
 * One Atom feed: which drafts it follows, its title, its own address and the page it mirrors (both paths of
 * the portal, made absolute when written).
 */
record Feed(DraftScope scope, String title, String selfPath, String alternatePath) {
}
