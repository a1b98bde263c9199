package vn.gopy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.gopy.comments.CommenterKind;

class CommentSearchAddressTest {

    @Test
    void aCommentSearchGoesToItsAddressAndBack() {
        CommentSearch search = new CommentSearch("lệ phí", 42L, Set.of(CommenterKind.BUSINESS), 3, 10);

        Map<String, List<String>> parameters = search.toParameters();

        assertThat(parameters).isEqualTo(Map.of("in", List.of("comments"), "q", List.of("lệ phí"),
                "draft", List.of("42"), "kind", List.of("BUSINESS"), "page", List.of("3")));
        assertThat(CommentSearch.isAskedFor(parameters)).isTrue();
        assertThat(CommentSearch.fromParameters(parameters)).isEqualTo(search);
    }

    @Test
    void whatAnAddressGetsWrongIsLeftOut() {
        CommentSearch search = CommentSearch.fromParameters(Map.of("in", List.of("comments"),
                "kind", List.of("NOBODY", "ASSOCIATION"), "draft", List.of("-3"), "page", List.of("x")));

        assertThat(search.kinds()).containsExactly(CommenterKind.ASSOCIATION);
        assertThat(search.draftId()).isNull();
        assertThat(search.page()).isEqualTo(1);
        assertThat(CommentSearch.isAskedFor(Map.of("q", List.of("phi")))).isFalse();
    }

    @Test
    void choosingAKindGoesBackToTheFirstPage() {
        CommentSearch search = CommentSearch.of("phi").withPage(4).toggle(CommenterKind.BUSINESS);

        assertThat(search.page()).isEqualTo(1);
        assertThat(search.toggle(CommenterKind.BUSINESS).kinds()).isEmpty();
    }
}
