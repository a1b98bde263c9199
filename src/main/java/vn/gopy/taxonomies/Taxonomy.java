package vn.gopy.taxonomies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The terms of one taxonomy in their display order, looked up by code. */
public final class Taxonomy {

    private final Map<String, Term> byCode = new LinkedHashMap<>();

    Taxonomy(List<Term> terms) {
        terms.forEach(t -> byCode.put(t.code(), t));
    }

    public List<Term> terms() {
        return List.copyOf(byCode.values());
    }

    public Optional<Term> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The term's name, or the code itself if the taxonomy no longer has it. */
    public String name(String code, Locale locale) {
        return find(code).map(t -> t.name(locale)).orElse(code);
    }
}
