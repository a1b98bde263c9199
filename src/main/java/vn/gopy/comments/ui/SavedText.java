package vn.gopy.comments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Keeps the comment being typed in the browser's localStorage, one entry per draft and article, so that a
 * reload or a lost connection does not lose it; and counts its characters as they are typed, in the browser,
 * without a round trip per key. The entry is removed once the comment is submitted.
 */
final class SavedText {

    /** $0: the counter, $1: the storage key, $2: the counter's text with {0} for the count, $3: the maximum. */
    private static final String KEEP_AND_COUNT = """
            const area = this, counter = $0, key = $1, pattern = $2, max = $3;
            const update = () => {
              const n = [...(area.value || '')].length;
              counter.textContent = pattern.replace('{0}', n.toLocaleString(document.documentElement.lang || 'vi'));
              counter.classList.toggle('over', n > max);
            };
            if (!area.$savedText) {
              area.$savedText = true;
              area.addEventListener('input', () => {
                try { area.value ? localStorage.setItem(key, area.value) : localStorage.removeItem(key); } catch (e) { }
                update();
              });
            }
            if (!area.value) {
              let saved = null;
              try { saved = localStorage.getItem(key); } catch (e) { }
              if (saved) {
                area.value = saved;
                area.dispatchEvent(new Event('change', {bubbles: true}));
              }
            }
            update();
            """;

    private SavedText() {
    }

    static String key(long draftId, String articleLabel) {
        return "gopy.comment." + draftId + "." + (articleLabel == null ? "draft" : articleLabel);
    }

    static void keep(TextArea text, Span counter, String key, String counterPattern, int max) {
        text.addAttachListener(e -> text.getElement().executeJs(KEEP_AND_COUNT, counter.getElement(), key,
                counterPattern, max));
    }

    static void forget(String key) {
        UI.getCurrent().getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }", key);
    }
}
