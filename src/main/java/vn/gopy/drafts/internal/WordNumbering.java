package vn.gopy.drafts.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * The numbers Word draws in front of list paragraphs ("Điều 1.", "1.", "a)"), which are not in the
 * paragraph text. Drafters often number articles, clauses and points with a multilevel list, so without
 * these numbers no article would be recognised.
 *
 * <p>Supported: numbering set on the paragraph or inherited from its paragraph style (following
 * "based on" styles); level texts with %1 … %9; formats decimal, decimalZero, upper/lower Roman,
 * upper/lower letter, bullet (kept when printable), none, and legal numbering (isLgl); restarts by
 * startOverride. Counters are kept per abstract list, as Word continues a list across list instances
 * that share it. Other formats are written as decimal numbers; lvlRestart and picture bullets are ignored.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFDocument document;
    private final Map<BigInteger, Counters> countersByList = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
    }

    /** The number Word shows before this paragraph with its separator ("Điều 3. "), or "". */
    String prefix(XWPFParagraph paragraph) {
        XWPFNumbering numbering = document.getNumbering();
        CTNumPr own = numPr(paragraph.getCTP().getPPr());
        CTNumPr inherited = styleNumPr(paragraph.getStyleID());
        BigInteger numId = own != null && own.isSetNumId() ? own.getNumId().getVal()
                : inherited != null && inherited.isSetNumId() ? inherited.getNumId().getVal() : null;
        if (numbering == null || numId == null || numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger listId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum list = numbering.getAbstractNum(listId);
        if (list == null) {
            return "";
        }
        int level = own != null && own.isSetIlvl() ? own.getIlvl().getVal().intValue()
                : inherited != null && inherited.isSetIlvl() ? inherited.getIlvl().getVal().intValue() : 0;
        if (level < 0 || level >= LEVELS) {
            return "";
        }
        CTLvl[] levels = levels(list, num);
        Counters counters = countersByList.computeIfAbsent(listId, id -> new Counters());
        if (startedInstances.add(numId)) {
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                int l = override.getIlvl().intValue();
                if (override.isSetStartOverride() && l >= 0 && l < LEVELS) {
                    counters.restart(l, override.getStartOverride().getVal().intValue());
                }
            }
        }
        if (levels[level] == null) {
            return "";
        }
        counters.step(level, ListLevelText.start(levels[level]));
        int[] current = new int[LEVELS];
        for (int l = 0; l < LEVELS; l++) {
            current[l] = counters.value(l, levels[l] == null ? 1 : ListLevelText.start(levels[l]));
        }
        return ListLevelText.render(levels, current, level);
    }

    private static CTLvl[] levels(XWPFAbstractNum list, XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : list.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        int l = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
        if (l >= 0 && l < LEVELS) {
            levels[l] = lvl;
        }
    }

    private static CTNumPr numPr(CTPPrBase pPr) {
        return pPr != null && pPr.isSetNumPr() ? pPr.getNumPr() : null;
    }

    private CTNumPr styleNumPr(String styleId) {
        if (styleId == null || document.getStyles() == null) {
            return null;
        }
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = document.getStyles().getStyle(id);
            if (style == null) {
                return null;
            }
            CTNumPr numPr = numPr(style.getCTStyle().getPPr());
            if (numPr != null) {
                return numPr;
            }
            id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return null;
    }

    /** The current number of each level of one list; a level that has not started yet has none. */
    private static final class Counters {
        private final int[] values = new int[LEVELS];
        private final boolean[] started = new boolean[LEVELS];

        void restart(int level, int start) {
            values[level] = start - 1;
            started[level] = true;
        }

        void step(int level, int start) {
            values[level] = started[level] ? values[level] + 1 : start;
            started[level] = true;
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                started[deeper] = false;
            }
        }

        int value(int level, int start) {
            return started[level] ? values[level] : start;
        }
    }
}
