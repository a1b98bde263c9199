package vn.gopy.feedback;

/** How the drafting agency took a comment into account ("tiếp thu, giải trình"). */
public enum Outcome {
    /** Tiếp thu: the draft was changed as the comment asked. */
    ACCEPTED,
    /** Tiếp thu một phần. */
    PARTLY_ACCEPTED,
    /** Không tiếp thu, with the reason why (giải trình). */
    NOT_ACCEPTED,
    /** Ghi nhận: taken note of, nothing to change (a question, support, a remark outside the draft). */
    NOTED
}
