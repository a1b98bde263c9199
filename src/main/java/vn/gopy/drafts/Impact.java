package vn.gopy.drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** The impact summary as the draft stores it: one table per kind of affected party, so it can be queried. */
@Embeddable
class Impact {

    @ElementCollection
    @CollectionTable(name = "draft_citizen_group", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "group_code")
    private Set<String> citizenGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "draft_sector", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "draft_business_size", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "size")
    @Enumerated(EnumType.STRING)
    private Set<BusinessSize> businessSizes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "draft_province", joinColumns = @JoinColumn(name = "draft_id"))
    @Column(name = "province_code")
    private Set<String> provinces = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "draft_impact_item", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<ImpactItem> costsAndBenefits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "draft_procedure_change", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<ProcedureChange> procedures = new ArrayList<>();

    void replaceWith(ImpactSummary summary) {
        replace(citizenGroups, summary.citizenGroups());
        replace(sectors, summary.sectors());
        replace(businessSizes, summary.businessSizes());
        replace(provinces, summary.provinces());
        costsAndBenefits.clear();
        costsAndBenefits.addAll(summary.costsAndBenefits());
        procedures.clear();
        procedures.addAll(summary.procedures());
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    ImpactSummary toSummary() {
        return new ImpactSummary(citizenGroups, sectors, businessSizes, provinces, costsAndBenefits, procedures);
    }
}
