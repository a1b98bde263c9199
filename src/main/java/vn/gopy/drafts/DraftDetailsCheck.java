package vn.gopy.drafts;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InputCheck;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.internal.DraftRepository;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;

/** The rules a draft's details must meet before anything is saved; all problems are reported at once. */
@Component
class DraftDetailsCheck {

    static final int MAX_TOPICS = 10;
    static final int MAX_IMPACT_ENTRIES = 50;

    private final Taxonomies taxonomies;
    private final AgencyService agencies;
    private final DraftRepository drafts;

    DraftDetailsCheck(Taxonomies taxonomies, AgencyService agencies, DraftRepository drafts) {
        this.taxonomies = taxonomies;
        this.agencies = agencies;
        this.drafts = drafts;
    }

    /** Checks {@code details} for a new draft ({@code draftId} null) or for an existing one. */
    InputCheck check(DraftDetails details, Long draftId) {
        String reference = PlainText.singleLine(details.referenceNumber());
        InputCheck check = new InputCheck()
                .requiredText("referenceNumber", reference, 60)
                .requiredText("title", PlainText.singleLine(details.title()), 300)
                .requiredText("summary", PlainText.normalise(details.summary()), 5000)
                .require(taxonomies.documentTypes().contains(details.documentTypeCode()),
                        "documentTypeCode", "drafts.error.document-type")
                .require("vi".equals(details.language()) || "en".equals(details.language()),
                        "language", "drafts.error.language");
        if (!check.hasProblemWith("referenceNumber")) {
            check.require(drafts.findByReferenceNumber(reference).map(d -> d.getId().equals(draftId)).orElse(true),
                    "referenceNumber", "drafts.error.reference-taken", reference);
        }
        check.require(details.agencyId() != null && agencies.find(details.agencyId()).isPresent(),
                "agencyId", "drafts.error.agency");
        if (draftId == null && details.agencyId() != null) {
            // A retired agency keeps its drafts but starts no new ones.
            check.require(agencies.find(details.agencyId()).map(AgencySummary::active).orElse(true),
                    "agencyId", "drafts.error.agency-inactive");
        }
        checkTopics(check, details.topics());
        checkImpact(check, details.impact());
        return check;
    }

    private static void checkTopics(InputCheck check, List<String> topics) {
        check.require(topics.size() <= MAX_TOPICS, "topics", "drafts.error.too-many-topics", MAX_TOPICS);
        topics.forEach(t -> check.optionalText("topics", PlainText.singleLine(t), 60));
    }

    private void checkImpact(InputCheck check, ImpactSummary impact) {
        knownCodes(check, "citizenGroups", impact.citizenGroups(), taxonomies.citizenGroups());
        knownCodes(check, "sectors", impact.sectors(), taxonomies.sectors());
        knownCodes(check, "provinces", impact.provinces(), taxonomies.provinces());
        check.require(impact.costsAndBenefits().size() <= MAX_IMPACT_ENTRIES, "costsAndBenefits",
                "drafts.error.too-many-entries", MAX_IMPACT_ENTRIES);
        check.require(impact.procedures().size() <= MAX_IMPACT_ENTRIES, "procedures",
                "drafts.error.too-many-entries", MAX_IMPACT_ENTRIES);
        for (ImpactItem item : impact.costsAndBenefits()) {
            check.require(item.kind() != null, "costsAndBenefits", "drafts.error.impact-kind")
                    .requiredText("costsAndBenefits", item.description(), 2000)
                    .requiredText("costsAndBenefits", item.affectedParty(), 200)
                    .optionalText("costsAndBenefits", item.amountNote(), 200)
                    .require(item.amountVnd() == null || item.amountVnd().signum() >= 0
                            && item.amountVnd().compareTo(BigInteger.TEN.pow(19)) < 0,
                            "costsAndBenefits", "drafts.error.amount");
        }
        for (ProcedureChange procedure : impact.procedures()) {
            check.require(procedure.changeType() != null, "procedures", "drafts.error.procedure-change")
                    .requiredText("procedures", procedure.name(), 300)
                    .optionalText("procedures", procedure.description(), 2000);
        }
    }

    private static void knownCodes(InputCheck check, String field, Set<String> codes, Taxonomy taxonomy) {
        codes.stream().filter(c -> !taxonomy.contains(c)).findFirst()
                .ifPresent(c -> check.add(FieldProblem.of(field, "drafts.error.unknown-code", c)));
    }
}
