package vn.gopy.comments.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import vn.gopy.comments.CommentOrder;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.PublishedComment;
import vn.gopy.drafts.PageOf;
import vn.gopy.drafts.ui.Pager;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The published comments under a draft's text, 20 at a time: on the whole draft, or on the article being
 * read with a link to all of them; newest or oldest first; from one kind of commenter or all. The order,
 * the kind and the page live in the address, so a filtered list can be shared.
 */
class CommentsSection extends Section {

    static final int PAGE_SIZE = 20;

    private static final String SCROLL_HERE = """
            const section = this;
            const scroll = tries => {
              if (section.isConnected && section.offsetHeight > 0) {
                requestAnimationFrame(() => requestAnimationFrame(() => section.scrollIntoView({block: 'start'})));
              } else if (tries > 0) {
                setTimeout(() => scroll(tries - 1), 50);
              }
            };
            scroll(100);
            """;

    private final long draftId;
    private final CommentService comments;
    private final Taxonomies taxonomies;
    private final H2 heading = new H2();
    private final Paragraph scope = new Paragraph();
    private final Select<CommentOrder> order = new Select<>();
    private final Select<CommenterKind> kind = new Select<>();
    private final Div list = new Div();
    private final Pager pager = new Pager();
    private String articleLabel;

    CommentsSection(long draftId, CommentService comments, Taxonomies taxonomies) {
        this.draftId = draftId;
        this.comments = comments;
        this.taxonomies = taxonomies;
        setId(CommentLinks.SECTION_ID);
        addClassName("comments-section");
        heading.setId("comments-title");
        getElement().setAttribute("aria-labelledby", "comments-title");
        scope.addClassName("comments-scope");

        order.setLabel(getTranslation("comments.list.order"));
        order.setItems(CommentOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("comments.list.order." + o.name()));
        kind.setLabel(getTranslation("comments.list.kind"));
        kind.setItems(CommenterKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("comments.list.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("comments.list.kind.all")
                : getTranslation("comments.kind." + k.name()));
        order.addValueChangeListener(e -> { if (e.isFromClient()) { go(1); } });
        kind.addValueChangeListener(e -> { if (e.isFromClient()) { go(1); } });
        Div controls = new Div(order, kind);
        controls.addClassName("comments-controls");

        list.addClassName("comment-list");
        list.getElement().setAttribute("aria-live", "polite");
        add(heading, scope, controls, list, pager);
    }

    /** Shows the comments that this address asks for; scrolls here when the address is about comments. */
    void show(String articleLabel, QueryParameters query) {
        this.articleLabel = articleLabel;
        Optional<String> orderParameter = query.getSingleParameter(CommentLinks.ORDER);
        order.setValue(orderParameter.flatMap(o -> parse(CommentOrder.class, o)).orElse(CommentOrder.NEWEST));
        kind.setValue(query.getSingleParameter(CommentLinks.KIND).flatMap(k -> parse(CommenterKind.class, k)).orElse(null));
        int page = query.getSingleParameter(CommentLinks.PAGE).flatMap(CommentsSection::number).orElse(1);
        PageOf<PublishedComment> shown = comments.published(
                new CommentQuery(draftId, articleLabel, kind.getValue(), order.getValue(), page - 1, PAGE_SIZE));
        draw(shown);
        if (orderParameter.isPresent()) {
            getElement().executeJs(SCROLL_HERE);
        }
    }

    private void draw(PageOf<PublishedComment> shown) {
        heading.setText(articleLabel == null ? getTranslation("comments.list.title", shown.total())
                : getTranslation("comments.list.title-article", articleLabel, shown.total()));
        scope.removeAll();
        scope.setVisible(articleLabel != null);
        if (articleLabel != null) {
            scope.add(getTranslation("comments.list.only-article", articleLabel) + " ");
            scope.add(new Anchor(CommentLinks.comments(draftId, null, order.getValue(), kind.getValue(), 1),
                    getTranslation("comments.list.see-all")));
        }
        list.removeAll();
        if (shown.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(kind.getValue() == null ? "comments.list.empty"
                    : "comments.list.empty-kind"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        shown.items().forEach(c -> list.add(new PublishedCommentView(draftId, c,
                code -> taxonomies.provinces().name(code, getLocale()), comments)));
        pager.show(shown, n -> CommentLinks.comments(draftId, articleLabel, order.getValue(), kind.getValue(), n));
    }

    private void go(int page) {
        String address = CommentLinks.comments(draftId, articleLabel, order.getValue(), kind.getValue(), page);
        int query = address.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(address.substring(0, query),
                QueryParameters.fromString(address.substring(query + 1))));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Math.clamp(Integer.parseInt(value.strip()), 1, 100_000));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
