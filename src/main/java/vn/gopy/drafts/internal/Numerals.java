package vn.gopy.drafts.internal;

/** Roman numerals and list letters, as chapters and Word's list numbering write numbers. */
final class Numerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {
    }

    /** "IV" → 4, "12" → 12; 0 for anything else. */
    static int parse(String numeral) {
        if (!numeral.isEmpty() && numeral.chars().allMatch(Character::isDigit)) {
            return numeral.length() > 6 ? 0 : Integer.parseInt(numeral);
        }
        int total = 0;
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < numeral.length(); i++) {
            int value = romanDigit(numeral.charAt(i));
            if (value == 0) {
                return 0;
            }
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }
        return total;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }

    static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return Integer.toString(number);
        }
        StringBuilder s = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            for (; rest >= VALUES[i]; rest -= VALUES[i]) {
                s.append(ROMAN[i]);
            }
        }
        return s.toString();
    }

    /** Word's letter numbering: a … z, then aa … zz, aaa …. */
    static String letters(int number) {
        if (number <= 0) {
            return Integer.toString(number);
        }
        char letter = (char) ('a' + (number - 1) % 26);
        return String.valueOf(letter).repeat(Math.min((number - 1) / 26 + 1, 10));
    }
}
