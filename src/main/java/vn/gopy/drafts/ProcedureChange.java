package vn.gopy.drafts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An administrative procedure (thủ tục hành chính) that the draft adds, changes or removes. */
@Embeddable
public record ProcedureChange(@Enumerated(EnumType.STRING) Change changeType, String name, String description) {

    public enum Change {
        ADDED, CHANGED, REMOVED
    }
}
