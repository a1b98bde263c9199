package vn.gopy.drafts.internal;

import vn.gopy.drafts.RecognisedText;

/** Finds chapters (Chương/Chapter), sections (Mục/Section) and articles (Điều/Article) in a plain text. */
public final class HeadingRecogniser {

    public RecognisedText recognise(String text) {
        throw new UnsupportedOperationException("being written");
    }
}
