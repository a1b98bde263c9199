package vn.gopy.drafts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.internal.DocxText;
import vn.gopy.common.FileKind;
import vn.gopy.drafts.internal.HeadingRecogniser;
import vn.gopy.security.Role;

/**
 * Builds a draft's structure from what the drafter pastes or uploads. Nothing is saved here: the drafter
 * checks and corrects the result, then saves it with {@link DraftService#saveText}.
 */
@Service
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class TextRecognition {

    /** A Word document larger than this is not a draft law. */
    public static final int MAX_DOCX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_PASTED_CHARACTERS = 3_000_000;

    private final HeadingRecogniser recogniser = new HeadingRecogniser();

    public RecognisedText fromPastedText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("source", "drafts.error.text-empty");
        }
        if (text.length() > MAX_PASTED_CHARACTERS) {
            throw InvalidInputException.of("source", "drafts.error.text-too-large", MAX_PASTED_CHARACTERS);
        }
        return recognised(PlainText.normalise(text));
    }

    public RecognisedText fromDocx(String fileName, byte[] content) {
        if (content.length > MAX_DOCX_BYTES) {
            throw InvalidInputException.of("source", "drafts.error.file-too-large", MAX_DOCX_BYTES / (1024 * 1024));
        }
        if (FileKind.detect(content).filter(k -> k == FileKind.DOCX).isEmpty()) {
            throw InvalidInputException.of("source", "drafts.error.not-docx", fileName);
        }
        return recognised(PlainText.normalise(DocxText.extract(content)));
    }

    private RecognisedText recognised(String text) {
        RecognisedText result = recogniser.recognise(text);
        if (result.articleCount() == 0) {
            throw InvalidInputException.of("source", "drafts.error.no-articles-found");
        }
        return result;
    }
}
