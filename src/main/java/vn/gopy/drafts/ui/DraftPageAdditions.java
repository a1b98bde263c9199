package vn.gopy.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;

/**
 * One module's additions to one drawing of a draft's page. The markup methods run once per article (a
 * 260-article law calls them 260 times), so they must be cheap, and what they return is put into the page
 * as HTML: every text in it must be escaped.
 */
@NamedInterface("page-additions")
public interface DraftPageAdditions {

    /** Shown right below the draft's header (null: nothing). */
    default Component top() {
        return null;
    }

    /** Markup at the end of an article's text, for the article with this label. */
    default String afterArticle(String articleLabel) {
        return "";
    }

    /** Markup after an article's entry in the table of contents. */
    default String inContents(String articleLabel) {
        return "";
    }

    /** Shown after the draft's text (null: nothing). */
    default Component afterText() {
        return null;
    }

    /**
     * Told every time the page is opened at an address, also when only the article or the query changed:
     * the article being read (null: the whole draft, or an article the draft does not have) and the query.
     */
    default void opened(String articleLabel, QueryParameters query) {
    }
}
