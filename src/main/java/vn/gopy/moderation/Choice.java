package vn.gopy.moderation;

/** An entry of one of the queue's filters: a draft or an agency that has comments waiting. */
public record Choice(long id, String name) {
}
