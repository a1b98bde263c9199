package vn.gopy.drafts.ui.editor;

import java.time.Duration;
import java.time.LocalDateTime;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.drafts.DraftStatus;

/**
 * When the consultation opens and closes, entered in Vietnam time, with its length shown as the drafter
 * types and compared with the legal minimum. The service decides; this only helps to get it right first.
 */
class ConsultationWindowFields extends Div {

    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Paragraph length = new Paragraph();
    private final int minimumDays;

    ConsultationWindowFields(int minimumDays) {
        this.minimumDays = minimumDays;
        addClassName("window-fields");
        opens.setLabel(getTranslation("drafts.editor.opens"));
        opens.setHelperText(getTranslation("drafts.editor.vietnam-time"));
        closes.setLabel(getTranslation("drafts.editor.closes"));
        closes.setHelperText(getTranslation("drafts.editor.closes.help", minimumDays));
        for (DateTimePicker picker : new DateTimePicker[] {opens, closes}) {
            picker.setStep(Duration.ofMinutes(30));
            picker.setDatePickerI18n(EditorDates.pickerI18n(getLocale(), getTranslation("drafts.editor.picker.today"),
                    getTranslation("common.cancel")));
            picker.addValueChangeListener(e -> showLength());
        }
        length.addClassName("window-length");
        length.getElement().setAttribute("aria-live", "polite");
        Div pickers = new Div(opens, closes);
        pickers.addClassName("window-pickers");
        add(pickers, length);
        showLength();
    }

    DateTimePicker opens() {
        return opens;
    }

    DateTimePicker closes() {
        return closes;
    }

    void setValue(LocalDateTime opensAt, LocalDateTime closesAt) {
        opens.setValue(opensAt);
        closes.setValue(closesAt);
        showLength();
    }

    /** An open consultation keeps its opening; a closed one keeps its whole window. */
    void followStatus(DraftStatus status) {
        opens.setReadOnly(status == DraftStatus.OPEN || status == DraftStatus.CLOSED);
        closes.setReadOnly(status == DraftStatus.CLOSED);
    }

    private void showLength() {
        LocalDateTime from = opens.getValue();
        LocalDateTime to = closes.getValue();
        length.removeClassName("too-short");
        if (from == null || to == null) {
            length.setText(getTranslation("drafts.editor.window.unset", minimumDays));
            return;
        }
        if (!to.isAfter(from)) {
            length.setText(getTranslation("drafts.error.closes-before-opens"));
            length.addClassName("too-short");
            return;
        }
        Duration duration = Duration.between(from, to);
        String text = duration.toHoursPart() == 0
                ? getTranslation("drafts.editor.window.days", duration.toDays())
                : getTranslation("drafts.editor.window.days-hours", duration.toDays(), duration.toHoursPart());
        if (duration.compareTo(Duration.ofDays(minimumDays)) < 0) {
            text = text + " " + getTranslation("drafts.editor.window.too-short", minimumDays);
            length.addClassName("too-short");
        }
        length.setText(text);
    }
}
