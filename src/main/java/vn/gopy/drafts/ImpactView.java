package vn.gopy.drafts;

import java.util.List;

import vn.gopy.taxonomies.Term;

/** The impact summary with its codes resolved to names, for the draft's page. No provinces: nationwide. */
public record ImpactView(List<Term> citizenGroups, List<Term> sectors, List<BusinessSize> businessSizes,
        List<Term> provinces, List<ImpactItem> costsAndBenefits, List<ProcedureChange> procedures) {

    public boolean nationwide() {
        return provinces.isEmpty();
    }

    public boolean isEmpty() {
        return citizenGroups.isEmpty() && sectors.isEmpty() && businessSizes.isEmpty() && provinces.isEmpty()
                && costsAndBenefits.isEmpty() && procedures.isEmpty();
    }
}
