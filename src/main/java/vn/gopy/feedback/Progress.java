package vn.gopy.feedback;

/** How many of a draft's published comments (each letter of a campaign counted) have an answer. */
public record Progress(long answered, long total) {

    public double fraction() {
        return total == 0 ? 0 : (double) answered / total;
    }

    public boolean isComplete() {
        return answered == total;
    }
}
