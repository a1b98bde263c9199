package vn.gopy.drafts.ui.editor;

import java.math.BigInteger;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ImpactItem.Kind;

/** One expected cost or benefit: who bears or gains it, what it is, and its amount in đồng when known. */
class CostBenefitRow extends EditableRows.Row<ImpactItem> {

    private final Select<Kind> kind = new Select<>();
    private final TextField affectedParty = new TextField();
    private final TextArea description = new TextArea();
    private final TextField amount = new TextField();
    private final TextField amountNote = new TextField();

    CostBenefitRow(ImpactItem item) {
        addClassName("cost-benefit-row");
        kind.setLabel(getTranslation("drafts.editor.impact.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("drafts.impact-kind." + k.name()));
        affectedParty.setLabel(getTranslation("drafts.editor.impact.who"));
        affectedParty.setMaxLength(200);
        description.setLabel(getTranslation("drafts.editor.impact.description"));
        description.setMaxLength(2000);
        amount.setLabel(getTranslation("drafts.editor.impact.amount"));
        amount.setHelperText(getTranslation("drafts.editor.impact.amount.help"));
        amount.setAllowedCharPattern("[0-9., ]");
        amount.setSuffixComponent(new Span("đ"));
        amountNote.setLabel(getTranslation("drafts.editor.impact.amount-note"));
        amountNote.setPlaceholder(getTranslation("drafts.editor.impact.amount-note.placeholder"));
        amountNote.setMaxLength(200);
        if (item != null) {
            kind.setValue(item.kind());
            affectedParty.setValue(item.affectedParty() == null ? "" : item.affectedParty());
            description.setValue(item.description() == null ? "" : item.description());
            amount.setValue(item.amountVnd() == null ? "" : item.amountVnd().toString());
            amountNote.setValue(item.amountNote() == null ? "" : item.amountNote());
        } else {
            kind.setValue(Kind.COST);
        }
        kind.addValueChangeListener(e -> changed());
        affectedParty.addValueChangeListener(e -> changed());
        description.addValueChangeListener(e -> changed());
        amount.addValueChangeListener(e -> changed());
        amountNote.addValueChangeListener(e -> changed());
        add(kind, affectedParty, description, amount, amountNote,
                removeButton(getTranslation("drafts.editor.impact.remove-item")));
    }

    @Override
    ImpactItem value() {
        return new ImpactItem(kind.getValue(), affectedParty.getValue(), description.getValue(), amount(),
                amountNote.getValue());
    }

    /** The amount as typed, with any thousands separators ("1.200.000", "1 200 000") left out. */
    private BigInteger amount() {
        String digits = amount.getValue().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : new BigInteger(digits);
    }

    @Override
    void focusFirstField() {
        kind.focus();
    }
}
