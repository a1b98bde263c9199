package vn.gopy.drafts;

import java.util.List;
import java.util.Set;

/**
 * The plain-language impact summary from the policy impact assessment: who is affected (citizen groups,
 * business sectors by VSIC section, business sizes, provinces), expected costs and benefits, and the
 * administrative procedures added, changed or removed. No provinces means the whole country.
 */
public record ImpactSummary(Set<String> citizenGroups, Set<String> sectors, Set<BusinessSize> businessSizes,
        Set<String> provinces, List<ImpactItem> costsAndBenefits, List<ProcedureChange> procedures) {

    public ImpactSummary {
        citizenGroups = citizenGroups == null ? Set.of() : Set.copyOf(citizenGroups);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        businessSizes = businessSizes == null ? Set.of() : Set.copyOf(businessSizes);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        costsAndBenefits = costsAndBenefits == null ? List.of() : List.copyOf(costsAndBenefits);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }

    public static ImpactSummary none() {
        return new ImpactSummary(Set.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    public boolean nationwide() {
        return provinces.isEmpty();
    }

    public boolean affectsBusinesses() {
        return !sectors.isEmpty() || !businessSizes.isEmpty();
    }
}
