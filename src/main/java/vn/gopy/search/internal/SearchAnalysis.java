package vn.gopy.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text becomes searchable words. Vietnamese words are syllables separated by spaces, so the standard
 * tokenizer fits; what Vietnamese needs is folding: "luat dat dai" must find "Luật Đất đai" (ASCII folding
 * also turns "đ" into "d"). Every text is indexed twice, folded and exact, and an exact match adds to the
 * score, so "đất" (land) ranks above "đặt" (to place). English drafts get a third, stemmed copy.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String FOLDED = "folded";
    public static final String EXACT = "exact";
    public static final String ENGLISH = "english_stemmed";
    /** Edge n-grams of folded words, for completion while typing; searched with {@link #FOLDED}. */
    public static final String PREFIXES = "prefixes";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FOLDED).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding");
        context.analyzer(EXACT).custom().tokenizer("standard").tokenFilter("lowercase");
        context.analyzer(ENGLISH).custom().tokenizer("standard")
                .tokenFilter("englishPossessive").tokenFilter("lowercase").tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(PREFIXES).custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
    }
}
