package vn.gopy.drafts.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftPage;
import vn.gopy.drafts.TextBlockView;

/**
 * A draft's public page: what it is, its summary and impact, its text article by article, its documents
 * and versions. {@code drafts/42/articles/3} opens the same page at article 3; {@code ?version=1} shows an
 * earlier text. Moving between articles of the same draft only moves the mark, it does not redraw the text.
 */
@Route("drafts/:draftId([0-9]{1,18})")
@RouteAlias("drafts/:draftId([0-9]{1,18})/articles/:article")
@AnonymousAllowed
public class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftCatalog catalog;
    private final ObjectProvider<DraftPageAddition> additionSources;
    /** What other modules add to the draft drawn now (comments, ...). */
    private List<DraftPageAdditions> additions = List.of();
    private final Div notices = new Div();
    private DraftPage page;
    private Integer requestedVersion;
    /** The version that article links name: none while the latest is shown, so that links follow new versions. */
    private Integer linkVersion;
    private DraftText text;
    private TableOfContents contents;
    private String targetedTitle;
    private Paragraph missingArticle;

    DraftView(DraftCatalog catalog, ObjectProvider<DraftPageAddition> additionSources) {
        this.catalog = catalog;
        this.additionSources = additionSources;
        addClassNames("page", "draft-page");
        notices.addClassName("draft-notices");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = event.getRouteParameters().get("draftId").flatMap(DraftView::parseLong)
                .orElseThrow(() -> new NotFoundException("Draft " + event.getLocation().getPath()));
        Integer version = event.getLocation().getQueryParameters().getSingleParameter("version")
                .flatMap(DraftView::parseLong).filter(v -> v > 0 && v < 10_000).map(Long::intValue).orElse(null);
        if (page == null || page.card().id() != draftId || !Objects.equals(version, requestedVersion)) {
            page = catalog.page(draftId, version);
            requestedVersion = version;
            render();
        }
        target(event.getRouteParameters().get("article").orElse(null));
        String shownArticle = text.targetedLabel();
        additions.forEach(a -> a.opened(shownArticle, event.getLocation().getQueryParameters()));
    }

    private void render() {
        removeAll();
        notices.removeAll();
        linkVersion = page.isLatestVersion() ? null : page.version().number();
        additions = additionSources.orderedStream().map(a -> a.forDraft(page.card(), page.isLatestVersion())).toList();
        text = new DraftText(page, linkVersion, joined(DraftPageAdditions::afterArticle));
        add(notices, new DraftHeader(page.card()));
        additions.stream().map(DraftPageAdditions::top).filter(Objects::nonNull).forEach(this::add);
        if (page.preview()) {
            notice("preview-banner", getTranslation("drafts.page.preview"));
        }
        if (!page.isLatestVersion()) {
            olderVersionNotice();
        }
        add(summary());
        if (!page.impact().isEmpty()) {
            add(new ImpactSection(page.impact(), language()));
        }
        add(textSection());
        additions.stream().map(DraftPageAdditions::afterText).filter(Objects::nonNull).forEach(this::add);
        if (!page.attachments().isEmpty()) {
            add(new AttachmentsSection(page.attachments()));
        }
        add(new VersionsSection(page.card().id(), page.versions(), page.version().number()));
    }

    private void olderVersionNotice() {
        Paragraph notice = notice("old-version", getTranslation("drafts.page.old-version",
                page.version().number(), page.versions().size()));
        notice.add(" ");
        notice.add(new Anchor(DraftLinks.draft(page.card().id()), getTranslation("drafts.page.read-latest")));
    }

    private Paragraph notice(String className, String message) {
        Paragraph notice = new Paragraph(message);
        notice.addClassNames("notice", className);
        notice.getElement().setAttribute("role", "note");
        notices.add(notice);
        return notice;
    }

    private Section summary() {
        H2 heading = new H2(getTranslation("drafts.page.summary.title"));
        Section section = new Section(heading);
        section.addClassName("draft-summary");
        Div paragraphs = new Div();
        paragraphs.addClassName("summary-text");
        paragraphs.getElement().setAttribute("lang", language());
        for (String line : page.card().summary().split("\\n")) {
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(line.strip()));
            }
        }
        section.add(paragraphs);
        if (!page.topics().isEmpty()) {
            UnorderedList topics = new UnorderedList();
            topics.addClassNames("chips", "topics");
            topics.getElement().setAttribute("aria-label", getTranslation("drafts.page.topics"));
            topics.getElement().setAttribute("lang", language());
            page.topics().forEach(t -> topics.add(new ListItem(t)));
            section.add(topics);
        }
        return section;
    }

    private Section textSection() {
        H2 heading = new H2(getTranslation("drafts.page.text.title"));
        heading.setId("text-title");
        contents = new TableOfContents(page, linkVersion, joined(DraftPageAdditions::inContents));
        Div layout = new Div(contents, text);
        layout.addClassName("draft-reading");
        Section section = new Section(heading, layout);
        section.addClassName("draft-text-section");
        section.getElement().setAttribute("aria-labelledby", "text-title");
        return section;
    }

    private void target(String label) {
        if (missingArticle != null) {
            notices.remove(missingArticle);
            missingArticle = null;
        }
        Optional<TextBlockView> article = label == null ? Optional.empty() : page.article(label);
        text.target(article.map(TextBlockView::label).orElse(null));
        contents.markCurrent(article.map(a -> DraftLinks.article(page.card().id(), a.label(), linkVersion)).orElse(null));
        targetedTitle = article.map(this::articleTitle).orElse(null);
        if (label != null && article.isEmpty()) {
            missingArticle = notice("missing-article", getTranslation("drafts.page.missing-article", label));
            missingArticle.getElement().setAttribute("role", "status");
        }
    }

    /** The markup that all additions give for one article, one after the other. */
    private UnaryOperator<String> joined(BiFunction<DraftPageAdditions, String, String> markup) {
        return label -> additions.isEmpty() ? ""
                : additions.stream().map(a -> markup.apply(a, label)).collect(Collectors.joining());
    }

    private String articleTitle(TextBlockView article) {
        String number = getTranslation(Locale.of(language()), "drafts.block-kind.ARTICLE") + " " + article.label();
        return article.title().isBlank() ? number : number + ". " + article.title();
    }

    private String language() {
        return page.card().language() == null ? "vi" : page.card().language();
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        if (page == null) {
            return "Gopy";
        }
        String title = page.card().title();
        return (targetedTitle == null ? title : targetedTitle + " – " + title) + " · Gopy";
    }
}
