package vn.gopy.drafts;

import java.math.BigInteger;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An expected cost or benefit, in plain words: who bears or gains it, what it is, and the amount in
 * Vietnamese đồng when it is known ({@code amountNote} says per what: "per year", "one-off", "per dossier").
 */
@Embeddable
public record ImpactItem(@Enumerated(EnumType.STRING) Kind kind, String affectedParty, String description,
        BigInteger amountVnd, String amountNote) {

    public enum Kind {
        COST, BENEFIT
    }
}
