package vn.gopy.comments.internal;

import java.util.Locale;

import vn.gopy.common.PlainText;

/** Recognises the same comment sent twice: same draft, article, address and words, whatever the spacing. */
final class DuplicateKey {

    private DuplicateKey() {
    }

    static String of(long draftId, String articleLabel, String email, String text) {
        String words = PlainText.normalise(text).strip().replaceAll("\\s+", " ");
        String key = draftId + "\n" + (articleLabel == null ? "" : articleLabel.toLowerCase(Locale.ROOT)) + "\n"
                + email.toLowerCase(Locale.ROOT) + "\n" + words;
        return ConfirmationToken.hashOf(key);
    }
}
