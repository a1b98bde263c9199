package vn.gopy.drafts.internal;

import java.util.Locale;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** How one level of a Word list writes its number: "Điều %1." with the level's format and separator. */
final class ListLevelText {

    private ListLevelText() {
    }

    /** The number of {@code level}, given the current number of every level, with its separator; or "". */
    static String render(CTLvl[] levels, int[] current, int level) {
        CTLvl lvl = levels[level];
        String format = format(lvl);
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        if ("none".equals(format)) {
            return "";
        }
        if ("bullet".equals(format)) {
            return printable(text) ? text + " " : "";
        }
        boolean legal = lvl.isSetIsLgl();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int ref = i + 1 < text.length() ? text.charAt(i + 1) - '1' : -1;
            if (c == '%' && ref >= 0 && ref < levels.length) {
                s.append(number(current[ref], legal ? "decimal" : format(levels[ref])));
                i++;
            } else {
                s.append(c);
            }
        }
        return s.isEmpty() ? "" : s.append(suffix(lvl)).toString();
    }

    private static String number(int value, String format) {
        return switch (format) {
            case "upperRoman" -> Numerals.roman(value);
            case "lowerRoman" -> Numerals.roman(value).toLowerCase(Locale.ROOT);
            case "lowerLetter" -> Numerals.letters(value);
            case "upperLetter" -> Numerals.letters(value).toUpperCase(Locale.ROOT);
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            default -> Integer.toString(value);
        };
    }

    private static String format(CTLvl lvl) {
        return lvl != null && lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null
                ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    /** Word's default start is 0, but every list Word writes says where it starts; 1 suits the others. */
    static int start(CTLvl lvl) {
        return lvl.isSetStart() && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    /** A tab or a space after the number (read from the XML: the lite schema jar lacks the suffix type). */
    private static String suffix(CTLvl lvl) {
        for (Node n = lvl.getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "suff".equals(e.getLocalName())) {
                String value = e.getAttributeNS(e.getNamespaceURI(), "val");
                return "nothing".equals(value) ? "" : " ";
            }
        }
        return " ";
    }

    private static boolean printable(String bullet) {
        return !bullet.isEmpty() && bullet.codePoints()
                .noneMatch(c -> Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c));
    }
}
