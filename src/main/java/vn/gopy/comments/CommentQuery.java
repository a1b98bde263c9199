package vn.gopy.comments;

/**
 * Which published comments to show: of one draft, about one article ({@code articleLabel}) or all of them
 * (null), from one kind of commenter or all (null), in an order, one page at a time (pages count from 0).
 */
public record CommentQuery(long draftId, String articleLabel, CommenterKind kind, CommentOrder order, int page,
        int pageSize) {

    public CommentQuery {
        order = order == null ? CommentOrder.NEWEST : order;
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, 100);
    }
}
