package vn.gopy.outreach.sharing.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser's clipboard and share sheet, asked from the server in answer to a click (the round trip stays well
 * inside the few seconds for which the browser counts the click as the user's). The script answers what
 * happened; anything else (no API, a refused permission, an insecure page, an error) ends in {@code failed}.
 */
final class ClipboardActions {

    private static final String COPY = """
            const text = $0;
            if (!navigator.clipboard || !window.isSecureContext) { return false; }
            return navigator.clipboard.writeText(text).then(() => true, () => false);
            """;

    /** "shared" when the share sheet opened (also when the reader closed it), "copied" or "failed" otherwise. */
    private static final String SHARE = """
            const title = $0, url = $1;
            if (navigator.share) {
              return navigator.share({title: title, url: url}).then(() => 'shared',
                  e => e && e.name === 'AbortError' ? 'shared' : 'failed');
            }
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(url).then(() => 'copied', () => 'failed');
            }
            return 'failed';
            """;

    private ClipboardActions() {
    }

    static void copy(Component context, String text, Runnable copied, Runnable failed) {
        context.getElement().executeJs(COPY, text).then(Boolean.class,
                ok -> (Boolean.TRUE.equals(ok) ? copied : failed).run(), error -> failed.run());
    }

    /** The phone's share sheet (Zalo is in it); without one (most desktops) the link is copied instead. */
    static void shareOrCopy(Component context, String title, String url, Runnable copied, Runnable failed) {
        context.getElement().executeJs(SHARE, title, url).then(String.class, result -> {
            if ("copied".equals(result)) {
                copied.run();
            } else if (!"shared".equals(result)) {
                failed.run();
            }
        }, error -> failed.run());
    }
}
