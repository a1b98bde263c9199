package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.common.PlainText;

/**
 * A few short topics as removable tags. Typing a topic and pressing Enter (or "Add") adds it; each tag
 * has its own remove button, so the keyboard alone is enough. Errors show under the input.
 */
class TopicsField extends Div implements HasValidation {

    static final int MAX_TOPICS = 10;
    static final int MAX_LENGTH = 60;

    private final TextField input = new TextField();
    private final Div tags = new Div();
    private final List<String> topics = new ArrayList<>();
    private final List<Runnable> changeListeners = new ArrayList<>();

    TopicsField() {
        addClassName("topics-field");
        input.setLabel(getTranslation("drafts.editor.topics"));
        input.setHelperText(getTranslation("drafts.editor.topics.help", MAX_TOPICS));
        input.setMaxLength(MAX_LENGTH);
        input.setManualValidation(true);
        input.addKeyDownListener(Key.ENTER, e -> addTyped());
        Button add = new Button(getTranslation("drafts.editor.topics.add"), e -> addTyped());
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add.addClassName("topics-add");
        Div entry = new Div(input, add);
        entry.addClassName("topics-entry");
        tags.addClassName("topic-tags");
        add(entry, tags);
    }

    List<String> value() {
        return List.copyOf(topics);
    }

    void setValue(List<String> value) {
        topics.clear();
        topics.addAll(value);
        showTags();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    TextField input() {
        return input;
    }

    private void addTyped() {
        String topic = PlainText.singleLine(input.getValue());
        if (topic.isEmpty()) {
            return;
        }
        if (topics.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(topic.toLowerCase(Locale.ROOT)))) {
            input.clear();
            return;
        }
        if (topics.size() >= MAX_TOPICS) {
            setErrorMessage(getTranslation("drafts.error.too-many-topics", MAX_TOPICS));
            setInvalid(true);
            return;
        }
        setInvalid(false);
        topics.add(topic);
        input.clear();
        showTags();
        changed();
    }

    private void showTags() {
        tags.removeAll();
        for (String topic : topics) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                topics.remove(topic);
                showTags();
                changed();
                input.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("drafts.editor.topics.remove", topic));
            Span tag = new Span(new Span(topic), remove);
            tag.addClassName("topic-tag");
            tags.add(tag);
        }
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        input.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return input.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        input.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return input.isInvalid();
    }
}
