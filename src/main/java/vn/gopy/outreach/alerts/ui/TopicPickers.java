package vn.gopy.outreach.alerts.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.outreach.alerts.Topic;
import vn.gopy.outreach.alerts.TopicKind;
import vn.gopy.taxonomies.Term;

/**
 * The topics of a subscription: one searchable multi-select per kind of code, and the saved searches and
 * profiles that came in through the address as ticked boxes (untick to leave one out).
 */
class TopicPickers extends Div {

    final MultiSelectComboBox<AgencySummary> agencies = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Term> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Term> provinces = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Term> types = new MultiSelectComboBox<>();
    final CheckboxGroup<Topic> queries = new CheckboxGroup<>();

    TopicPickers(List<AgencySummary> agencyList, List<Term> sectorList, List<Term> provinceList, List<Term> typeList) {
        addClassName("alert-topics");
        setUp(agencies, "outreach.alerts.topic.agency", agencyList, a -> a.name(getLocale()));
        setUp(sectors, "outreach.alerts.topic.sector", sectorList, t -> t.code() + " · " + t.name(getLocale()));
        setUp(provinces, "outreach.alerts.topic.province", provinceList, t -> t.name(getLocale()));
        setUp(types, "outreach.alerts.topic.type", typeList, t -> t.name(getLocale()));
        queries.setLabel(getTranslation("outreach.alerts.topic.queries"));
        queries.addClassName("alert-queries");
        queries.setVisible(false);
        add(agencies, sectors, provinces, types, queries);
    }

    private <T> void setUp(MultiSelectComboBox<T> box, String label, List<T> items, Function<T, String> name) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(name::apply);
        box.setWidthFull();
        box.addClassName("alert-topic-" + label.substring(label.lastIndexOf('.') + 1));
    }

    /** Ticks what the address names; codes nobody knows are left for the service to refuse. */
    void select(List<Topic> topics, Function<Topic, String> label) {
        agencies.select(agencies.getListDataView().getItems()
                .filter(a -> has(topics, TopicKind.AGENCY, a.code())).toList());
        select(sectors, topics, TopicKind.SECTOR);
        select(provinces, topics, TopicKind.PROVINCE);
        select(types, topics, TopicKind.DOCUMENT_TYPE);
        List<Topic> saved = topics.stream()
                .filter(t -> t.kind() == TopicKind.SEARCH || t.kind() == TopicKind.PROFILE).toList();
        queries.setItems(saved);
        queries.setItemLabelGenerator(label::apply);
        queries.select(saved);
        queries.setVisible(!saved.isEmpty());
    }

    private static void select(MultiSelectComboBox<Term> box, List<Topic> topics, TopicKind kind) {
        box.select(box.getListDataView().getItems().filter(t -> has(topics, kind, t.code())).toList());
    }

    private static boolean has(Collection<Topic> topics, TopicKind kind, String code) {
        return topics.stream().anyMatch(t -> t.kind() == kind && t.value().equals(code));
    }

    List<Topic> selected() {
        Set<Topic> topics = new LinkedHashSet<>();
        agencies.getSelectedItems().forEach(a -> topics.add(new Topic(TopicKind.AGENCY, a.code())));
        sectors.getSelectedItems().forEach(t -> topics.add(new Topic(TopicKind.SECTOR, t.code())));
        provinces.getSelectedItems().forEach(t -> topics.add(new Topic(TopicKind.PROVINCE, t.code())));
        types.getSelectedItems().forEach(t -> topics.add(new Topic(TopicKind.DOCUMENT_TYPE, t.code())));
        topics.addAll(queries.getSelectedItems());
        return new ArrayList<>(topics);
    }
}
