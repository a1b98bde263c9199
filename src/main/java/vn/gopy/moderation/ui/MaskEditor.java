package vn.gopy.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import vn.gopy.comments.Mask;

/**
 * The comment's original text, in which the moderator selects a part (a phone number, a name) to mask before
 * approving; the marked parts, each removable; and the published version as the public would read it. The
 * original is kept: the masks go to the service with the approval.
 */
class MaskEditor extends Div {

    /** Reads the selection of the text area in the browser (offsets in the original text). */
    private static final String SELECTION = """
            const area = this.inputElement;
            return area ? area.selectionStart + ':' + area.selectionEnd : '0:0';""";

    private final TextArea original = new TextArea();
    private final Button mask = new Button();
    private final Div marked = new Div();
    private final Div suggested = new Div();
    private final Div preview = new Div();
    private final Div previewBox = new Div();
    private String text = "";
    private List<Mask> masks = List.of();

    MaskEditor() {
        addClassName("mask-editor");
        original.setLabel(getTranslation("moderation.comment.text"));
        original.setReadOnly(true);
        original.setWidthFull();
        original.addClassName("comment-original");
        original.setHelperText(getTranslation("moderation.mask.help"));
        // The arrows move the caret to select a part; the queue's arrow keys work everywhere else.
        original.getElement().executeJs("this.addEventListener('keydown', e => "
                + "{ if (e.key === 'ArrowUp' || e.key === 'ArrowDown') e.stopPropagation(); })");

        mask.setText(getTranslation("moderation.mask.selection"));
        mask.setIcon(VaadinIcon.EYE_SLASH.create());
        mask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mask.getElement().setAttribute("aria-keyshortcuts", "M");
        mask.addClickListener(e -> maskSelection());

        marked.addClassName("mask-list");
        marked.getElement().setAttribute("aria-live", "polite");
        H3 previewTitle = new H3(getTranslation("moderation.mask.preview"));
        previewBox.addClassName("mask-preview");
        previewBox.add(previewTitle, preview);
        suggested.addClassName("mask-suggestions");
        add(original, mask, suggested, marked, previewBox);
    }

    /** Shows a comment's text, offering the parts where the screening found personal data as one-click masks. */
    void show(String text, List<Mask> personalData) {
        this.text = text == null ? "" : text;
        original.setValue(this.text);
        masks = List.of();
        suggested.removeAll();
        for (Mask found : personalData) {
            String part = this.text.substring(found.start(), found.end());
            Button offer = new Button(getTranslation("moderation.mask.suggested", part), VaadinIcon.EYE_SLASH.create(),
                    e -> mask(found.start(), found.end()));
            offer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            suggested.add(offer);
        }
        redraw();
    }

    List<Mask> masks() {
        return masks;
    }

    /** Masks what the moderator selected in the text; nothing selected, nothing masked. */
    void maskSelection() {
        original.getElement().executeJs(SELECTION).then(String.class, range -> {
            String[] parts = range.split(":");
            mask(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        });
    }

    void mask(int start, int end) {
        int from = Math.clamp(start, 0, text.length());
        int to = Math.clamp(end, 0, text.length());
        if (to > from) {
            masks = Masking.with(masks, new Mask(from, to));
            redraw();
        }
    }

    private void unmask(Mask removed) {
        masks = masks.stream().filter(m -> !m.equals(removed)).toList();
        redraw();
    }

    private void redraw() {
        marked.removeAll();
        for (Mask m : masks) {
            Span part = new Span(text.substring(m.start(), m.end()));
            part.addClassName("masked-part");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> unmask(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("moderation.mask.remove", part.getText()));
            Span chip = new Span(part, remove);
            chip.addClassName("mask-chip");
            marked.add(chip);
        }
        previewBox.setVisible(!masks.isEmpty());
        preview.removeAll();
        preview.add(ModerationFormats.paragraphs(Masking.published(text, masks), "comment-text"));
    }
}
