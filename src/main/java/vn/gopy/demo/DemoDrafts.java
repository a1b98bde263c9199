package vn.gopy.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.AttachmentKind;
import vn.gopy.drafts.DraftAttachments;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.RecognisedText;
import vn.gopy.drafts.TextRecognition;

/** Turns one demo file into a draft: details, recognised text, explanatory statement, state, revision. */
@Component
class DemoDrafts {

    private final DraftService drafts;
    private final TextRecognition recognition;
    private final DraftAttachments attachments;

    DemoDrafts(DraftService drafts, TextRecognition recognition, DraftAttachments attachments) {
        this.drafts = drafts;
        this.recognition = recognition;
        this.attachments = attachments;
    }

    void load(Resource resource, Map<String, Long> agencyIds, LocalDate today) throws IOException {
        DemoDraftFile file = DemoDraftFile.parse(resource.getFilename(), read(resource));
        Long agency = agencyIds.get(file.value("agency"));
        if (agency == null) {
            throw new IllegalStateException(resource.getFilename() + " names an unknown agency " + file.value("agency"));
        }
        long id = drafts.create(file.details(agency, today));
        drafts.saveText(id, textOf(file).blocks());
        if ("vi".equals(file.value("language"))) {
            attachments.attach(id, AttachmentKind.EXPLANATORY_STATEMENT,
                    "To-trinh-" + safe(file.value("reference")) + ".docx", explanatoryStatement(file));
        }
        if ("draft".equals(file.status())) {
            return;
        }
        drafts.publishAsRecord(id);
        ClassPathResource revision = new ClassPathResource("demo/drafts/"
                + resource.getFilename().replace(".txt", ".v2.txt"));
        if (revision.exists()) {
            DemoDraftFile v2 = DemoDraftFile.parse(revision.getFilename(), read(revision));
            drafts.startRevision(id);
            drafts.saveText(id, recognition.fromPastedText(v2.text()).blocks());
            drafts.publishRevision(id, v2.value("note"));
        }
    }

    private RecognisedText textOf(DemoDraftFile file) throws IOException {
        String included = file.value("text");
        String text = included.isEmpty() ? file.text() : read(new ClassPathResource("demo/" + included));
        return recognition.fromPastedText(text);
    }

    /** A short Word document standing in for the agency's explanatory statement (tờ trình). */
    private static byte[] explanatoryStatement(DemoDraftFile file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("TỜ TRÌNH");
            doc.createParagraph().createRun().setText("Về dự thảo " + file.value("title"));
            for (String paragraph : file.summary().split("\n\n")) {
                doc.createParagraph().createRun().setText(paragraph.strip());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String safe(String reference) {
        return reference.replaceAll("[^A-Za-z0-9-]+", "-");
    }

    private static String read(Resource resource) throws IOException {
        return new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
