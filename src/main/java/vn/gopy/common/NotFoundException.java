package vn.gopy.common;

/** The thing asked for does not exist, or the current user may not know that it exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
