package vn.gopy.comments;

public enum CommentOrder {
    NEWEST, OLDEST
}
