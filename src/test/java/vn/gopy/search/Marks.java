package vn.gopy.search;

import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;

/** The words a highlight marks, in order, however the marks are grouped ("<mark>thu nhập</mark>"). */
final class Marks {

    private Marks() {
    }

    static List<String> words(String html) {
        return Jsoup.parseBodyFragment(html).select("mark").eachText().stream()
                .flatMap(text -> Arrays.stream(text.split("\\s+"))).toList();
    }
}
