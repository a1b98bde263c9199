package vn.gopy.moderation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import vn.gopy.moderation.ModerationQueue;
import vn.gopy.moderation.QueueFilter;
import vn.gopy.moderation.QueueItem;

/**
 * The waiting comments, oldest first, read from the database page by page as the list scrolls (the queue may
 * hold a hundred thousand), with a check box each for decisions on a selection. The current comment is marked.
 */
class QueueList extends Grid<QueueItem> {

    static final int PAGE_SIZE = 50;

    /** Where each loaded comment stands in the queue, so that a click makes it the current one. */
    private final Map<Long, Integer> positions = new HashMap<>();
    private Long currentId;

    QueueList(IntConsumer open) {
        addClassNames("moderation-list");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSelectionMode(SelectionMode.MULTI);
        setPageSize(PAGE_SIZE);
        setAriaLabel(getTranslation("moderation.list.label"));
        setEmptyStateText(getTranslation("moderation.queue.empty"));
        addColumn(i -> i.comment().trackingNumber()).setHeader(getTranslation("moderation.list.number"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> ModerationFormats.dateTime(i.comment().confirmedAt(), getLocale()))
                .setHeader(getTranslation("moderation.list.confirmed")).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> ModerationFormats.excerpt(i.comment().text(), 90)).setHeader(getTranslation("moderation.list.text"))
                .setFlexGrow(3);
        addComponentColumn(this::marks).setHeader(getTranslation("moderation.list.flags")).setFlexGrow(2);
        setPartNameGenerator(i -> i.id() == (currentId == null ? -1 : currentId) ? "current-row" : null);
        addItemClickListener(e -> {
            Integer at = positions.get(e.getItem().id());
            if (at != null) {
                open.accept(at);
            }
        });
    }

    void show(ModerationQueue queue, QueueFilter filter) {
        positions.clear();
        setDataProvider(new CallbackDataProvider<>(query -> {
            List<QueueItem> page = queue.waiting(filter, query.getPage(), query.getPageSize()).items();
            for (int i = 0; i < page.size(); i++) {
                positions.put(page.get(i).id(), query.getOffset() + i);
            }
            return page.stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, queue.count(filter)), QueueItem::id));
    }

    void markCurrent(QueueItem item, int position) {
        Long before = currentId;
        currentId = item == null ? null : item.id();
        if (before != null && !before.equals(currentId)) {
            getDataProvider().refreshAll();
        }
        if (item != null) {
            positions.put(item.id(), position);
            getDataProvider().refreshItem(item);
            scrollToIndex(position);
        }
    }

    /** Selects the comment, or unselects it when it was selected. */
    void toggle(QueueItem item) {
        if (getSelectedItems().stream().anyMatch(i -> i.id() == item.id())) {
            deselect(item);
        } else {
            select(item);
        }
    }

    Set<QueueItem> selected() {
        return getSelectedItems();
    }

    void refresh() {
        positions.clear();
        getDataProvider().refreshAll();
    }

    private Div marks(QueueItem item) {
        Div cell = new Div();
        cell.addClassName("list-marks");
        item.flags().stream().sorted().forEach(f -> cell.add(ModerationFormats.flag(this, f)));
        if (item.groupId() != null) {
            Span group = new Span(getTranslation("moderation.group.letters", item.groupSize()));
            group.addClassNames("badge", "group-badge");
            cell.add(group);
        }
        return cell;
    }
}
