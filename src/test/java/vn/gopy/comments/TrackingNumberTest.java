package vn.gopy.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.gopy.comments.internal.TrackingNumber;

class TrackingNumberTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void numbersAreShortReadableAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = TrackingNumber.generate();
            assertThat(number).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            assertThat(TrackingNumber.parse(number)).contains(number);
            seen.add(number);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String digits = TrackingNumber.generate().replace("-", "");
            for (int i = 0; i < digits.length(); i++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c != digits.charAt(i)) {
                        String typo = digits.substring(0, i) + c + digits.substring(i + 1);
                        assertThat(TrackingNumber.parse(typo)).as(digits + " → " + typo).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsCaught() {
        for (int n = 0; n < 2_000; n++) {
            String digits = TrackingNumber.generate().replace("-", "");
            for (int i = 0; i + 1 < digits.length(); i++) {
                if (digits.charAt(i) != digits.charAt(i + 1)) {
                    String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                    assertThat(TrackingNumber.parse(swapped)).as(digits + " → " + swapped).isEmpty();
                }
            }
        }
    }

    @Test
    void howPeopleTypeItIsForgiven() {
        String number = "00000-00000";
        assertThat(TrackingNumber.parse(number)).contains(number);
        assertThat(TrackingNumber.parse("oooOO ooooo")).contains(number);
        assertThat(TrackingNumber.parse("0000000000")).contains(number);
        assertThat(TrackingNumber.parse("")).isEmpty();
        assertThat(TrackingNumber.parse("0000-0000")).isEmpty();
        assertThat(TrackingNumber.parse("ÔÔÔÔÔ-ÔÔÔÔÔ")).isEmpty();
        assertThat(TrackingNumber.parse("x".repeat(10_000))).isEmpty();
    }
}
