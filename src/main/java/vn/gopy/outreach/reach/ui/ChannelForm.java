package vn.gopy.outreach.reach.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.common.InvalidInputException;
import vn.gopy.outreach.reach.ChannelKind;
import vn.gopy.outreach.reach.ChannelReach;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.NewChannel;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;

/** The form to register a channel. The service checks everything; each problem shows at its field. */
class ChannelForm extends Div {

    final Select<ChannelKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField note = new TextField();
    final Button add = new Button();
    final Paragraph problem = new Paragraph();

    ChannelForm(long draftId, Channels channels, Consumer<ChannelReach> added) {
        addClassName("reach-form");
        kind.setLabel(getTranslation("outreach.reach.form.kind"));
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("outreach.reach.kind." + k));
        kind.setValue(ChannelKind.NEWSPAPER);
        name.setLabel(getTranslation("outreach.reach.form.name"));
        name.setHelperText(getTranslation("outreach.reach.form.name-help"));
        note.setLabel(getTranslation("outreach.reach.form.note"));
        add.setText(getTranslation("outreach.reach.form.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(this);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add.addClickListener(e -> {
            try {
                ChannelReach channel = channels.add(draftId, new NewChannel(kind.getValue(), name.getValue(),
                        note.getValue()));
                name.clear();
                note.clear();
                name.setInvalid(false);
                note.setInvalid(false);
                problem.setVisible(false);
                Notices.success(getTranslation("outreach.reach.form.added", channel.name()));
                added.accept(channel);
            } catch (InvalidInputException error) {
                List<String> unplaced = FieldErrors.show(this, error, fields());
                problem.setText(String.join(" ", unplaced));
                problem.setVisible(!unplaced.isEmpty());
            }
        });
        Div fields = new Div(kind, name, note, add);
        fields.addClassName("reach-form-fields");
        add(new H2(getTranslation("outreach.reach.form.title")), problem, fields);
    }

    private Map<String, TextField> fields() {
        return Map.of("name", name, "note", note);
    }
}
