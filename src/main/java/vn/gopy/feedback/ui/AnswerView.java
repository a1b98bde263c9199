package vn.gopy.feedback.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.PageOf;
import vn.gopy.drafts.TextBlockView;
import vn.gopy.drafts.ui.Pager;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.AnswerItem;
import vn.gopy.feedback.BulkAnswerOutcome;
import vn.gopy.feedback.Dispositions;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The drafting agency answers a draft's published comments, twenty at a time: filters and page in the address,
 * the progress at the top, an editor on each comment, and one answer for a selection. After each answer a notice
 * offers to undo it. Once the reception report is published the answers are the record: the page says so and
 * its editors are closed.
 */
@Route("feedback/:draftId([0-9]+)/answers")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class AnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle, AnswerCard.Actions {

    static final int PAGE_SIZE = 20;

    private final DraftService drafts;
    private final DraftCatalog catalog;
    private final Dispositions dispositions;
    private final Taxonomies taxonomies;
    private final CurrentStaff staff;
    private final Clock clock;
    private final H1 title = new H1();
    private final Anchor back = new Anchor();
    private final ProgressLine progress = new ProgressLine("feedback.progress.answered");
    private final Paragraph locked = new Paragraph();
    private final Div filterSlot = new Div();
    private final Paragraph count = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();
    private final Pager pager = new Pager();
    private final List<AnswerCard> cards = new ArrayList<>();
    private final SelectionBar selection = new SelectionBar(() -> cards, this::answerSelected);
    private AnswerFilters filters;
    private DraftCard draft;
    private AnswerAddress address;

    AnswerView(DraftService drafts, DraftCatalog catalog, Dispositions dispositions, Taxonomies taxonomies,
            CurrentStaff staff, Clock clock) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.dispositions = dispositions;
        this.taxonomies = taxonomies;
        this.staff = staff;
        this.clock = clock;
        addClassNames("page", "feedback-page", "answer-page");
        back.addClassName("feedback-back");
        locked.addClassNames("answer-locked", "feedback-notice");
        locked.setText(getTranslation("feedback.error.report-published"));
        count.addClassName("answer-count");
        status.addClassName("answer-status");
        status.getElement().setAttribute("role", "status");
        list.addClassName("answer-list");
        add(back, title, progress, locked, filterSlot, count, status, selection, list, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("draftId").orElseThrow());
            DraftCard card = drafts.cardForStaff(id);
            if (draft == null || draft.id() != id) {
                filters = new AnswerFilters(articles(id), this::filterChanged);
                filterSlot.removeAll();
                filterSlot.add(filters);
            }
            draft = card;
        } catch (NumberFormatException | AccessDeniedException | NotFoundException e) {
            // Another agency's draft is none of this drafter's business, not even its existence.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        AnswerAddress asked = AnswerAddress.of(event.getLocation().getQueryParameters());
        address = new AnswerAddress(filters.show(asked.filter()), asked.page());
        title.setText(getTranslation("feedback.answers.title"));
        back.setText(draft.title());
        back.setHref(FeedbackLinks.dashboard(draft.id()));
        status.setText("");
        reload();
    }

    private Map<String, String> articles(long draftId) {
        Map<String, String> articles = new LinkedHashMap<>();
        for (TextBlockView article : catalog.page(draftId, null).articles()) {
            articles.put(article.label(), article.title());
        }
        return articles;
    }

    private boolean isOpen() {
        return draft.status() != DraftStatus.REPORT_PUBLISHED;
    }

    /** Reads the page again: the list, the progress, the count. */
    private void reload() {
        refreshProgress();
        locked.setVisible(!isOpen());
        AnswerFilter filter = address.filter();
        PageOf<AnswerItem> page = dispositions.items(draft.id(), filter, address.page() - 1, PAGE_SIZE);
        if (page.items().isEmpty() && page.total() > 0) {
            page = dispositions.items(draft.id(), filter, page.pageCount() - 1, PAGE_SIZE);
        }
        list.removeAll();
        cards.clear();
        count.setText(getTranslation("feedback.answers.count", page.total()));
        if (page.total() == 0) {
            Paragraph empty = new Paragraph(getTranslation(filter.equals(AnswerFilter.all())
                    ? "feedback.answers.empty" : "feedback.answers.empty-filter"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (AnswerItem item : page.items()) {
            AnswerCard card = new AnswerCard(item, this);
            card.setOpen(isOpen());
            cards.add(card);
            list.add(card);
        }
        pager.show(page, n -> FeedbackLinks.answers(draft.id(), address.atPage(n).query()));
        selectionChanged();
    }

    private void refreshProgress() {
        progress.show(dispositions.progress(draft.id()));
    }

    private void filterChanged(AnswerFilter filter) {
        getUI().ifPresent(ui -> ui.navigate(AnswerView.class, new RouteParameters("draftId", String.valueOf(draft.id())),
                AnswerAddress.first(filter).parameters()));
    }

    @Override
    public void answer(AnswerCard card, Answer answer) {
        AnswerItem before = card.item();
        int answered = dispositions.answer(before.commentId(), answer);
        card.show(answered(before, answer.checked()));
        refreshProgress();
        String text = getTranslation("feedback.answers.saved", before.trackingNumber(), answered);
        status.setText(text);
        UndoNotice.show(text, getTranslation("feedback.answers.undo"), () -> undo(card, before));
    }

    private AnswerItem answered(AnswerItem item, Answer answer) {
        return new AnswerItem(item.commentId(), item.trackingNumber(), item.articleLabel(), item.kind(),
                item.organisation(), item.name(), item.email(), item.provinceCode(), item.text(), item.senders(),
                item.confirmedAt(), answer.outcome(), answer.explanation(), answer.changedArticle(),
                staff.require().username(), clock.instant());
    }

    /** Puts back what was there before: the earlier answer, or none. */
    private void undo(AnswerCard card, AnswerItem before) {
        try {
            if (before.isAnswered()) {
                dispositions.answer(before.commentId(), before.answer());
                card.show(answered(before, before.answer().checked()));
            } else {
                dispositions.withdraw(before.commentId());
                card.show(before);
            }
            refreshProgress();
            status.setText(getTranslation("feedback.answers.undone", before.trackingNumber()));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> Notices.error(FieldErrors.message(this, p)));
        }
    }

    @Override
    public void selectionChanged() {
        selection.refresh(isOpen());
    }

    private void answerSelected(List<Long> ids) {
        new BulkAnswerDialog(ids.size(), answer -> dispositions.answerAll(ids, answer), this::answeredAll).open();
    }

    private void answeredAll(BulkAnswerOutcome outcome) {
        String text = getTranslation("feedback.bulk.done", outcome.answered(), outcome.skipped());
        reload();
        status.setText(text);
        Notices.success(text);
    }

    @Override
    public String province(String code) {
        return taxonomies.provinces().name(code, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.answers.title") + (draft == null ? "" : " · " + draft.title()) + " · Gopy";
    }
}
