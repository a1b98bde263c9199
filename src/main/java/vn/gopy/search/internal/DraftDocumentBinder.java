package vn.gopy.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.environment.bean.BeanResolver;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.TextBlock;
import vn.gopy.taxonomies.Taxonomies;

import static vn.gopy.search.internal.DraftFields.*;

/**
 * Writes a public draft's document: its texts (title, summary, impact, every article of the current text,
 * and what it is about: reference, agency, type, topics, sectors), its facets and the values it sorts by.
 * Article texts are searched here but not stored: each article also has its own document, stored and
 * highlighted, which is how a result links to the article that matched.
 */
class DraftDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        // Resolved on first use: the beans need the entity manager factory that is being built right now.
        BeanResolver beans = context.beanResolver();
        context.bridge(Draft.class, new Bridge(schema,
                () -> beans.resolve(BeanReference.of(AgencyNames.class)).get(),
                () -> beans.resolve(BeanReference.of(Taxonomies.class)).get()));
    }

    private static final class Bridge implements TypeBridge<Draft> {

        private final Supplier<AgencyNames> agencies;
        private final Supplier<Taxonomies> taxonomies;
        private final IndexedText title;
        private final IndexedText summary;
        private final IndexedText impact;
        private final IndexedText text;
        private final IndexedText about;
        private final IndexFieldReference<String> titlePrefixes;
        private final IndexFieldReference<String> agency;
        private final IndexFieldReference<String> type;
        private final IndexFieldReference<String> status;
        private final IndexFieldReference<String> sector;
        private final IndexFieldReference<String> size;
        private final IndexFieldReference<String> province;
        private final IndexFieldReference<String> group;
        private final IndexFieldReference<Integer> year;
        private final IndexFieldReference<Boolean> nationwide;
        private final IndexFieldReference<Instant> published;
        private final IndexFieldReference<Instant> closes;
        private final IndexFieldReference<Integer> statusRank;
        private final IndexFieldReference<String> reference;
        private final IndexFieldReference<String> language;
        private final IndexFieldReference<Instant> opens;
        private final IndexFieldReference<Instant> publishedAt;

        Bridge(IndexSchemaElement schema, Supplier<AgencyNames> agencies, Supplier<Taxonomies> taxonomies) {
            this.agencies = memoized(agencies);
            this.taxonomies = memoized(taxonomies);
            title = IndexedText.shortText(schema, TITLE, true, false);
            summary = IndexedText.shortText(schema, SUMMARY, true, false);
            impact = IndexedText.shortText(schema, IMPACT, true, false);
            text = IndexedText.longText(schema, TEXT, false, true);
            about = IndexedText.shortText(schema, ABOUT, false, true);
            titlePrefixes = schema.field(TITLE_PREFIXES, f -> f.asString().analyzer(SearchAnalysis.PREFIXES)
                    .searchAnalyzer(SearchAnalysis.FOLDED)).toReference();
            agency = keyword(schema, AGENCY, false);
            type = keyword(schema, TYPE, false);
            status = keyword(schema, STATUS, false);
            sector = keyword(schema, SECTOR, true);
            size = keyword(schema, SIZE, true);
            province = keyword(schema, PROVINCE, true);
            group = keyword(schema, GROUP, true);
            year = schema.field(YEAR, f -> f.asInteger().aggregable(Aggregable.YES)).toReference();
            nationwide = schema.field(NATIONWIDE, f -> f.asBoolean()).toReference();
            published = schema.field(PUBLISHED, f -> f.asInstant().sortable(Sortable.YES)).toReference();
            closes = schema.field(CLOSES, f -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            reference = stored(schema, REFERENCE);
            language = stored(schema, LANGUAGE);
            opens = schema.field(OPENS, f -> f.asInstant().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
            publishedAt = schema.field(PUBLISHED_AT, f -> f.asInstant().projectable(Projectable.YES)
                    .searchable(Searchable.NO)).toReference();
            statusRank = schema.field(STATUS_RANK, f -> f.asInteger().sortable(Sortable.YES)).toReference();
        }

        private static IndexFieldReference<String> stored(IndexSchemaElement schema, String name) {
            return schema.field(name, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
        }

        /** Facet values are projectable so that "what affects me" can say why a draft matched. */
        private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean multi) {
            var field = schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)
                    .searchable(Searchable.YES));
            return multi ? field.multiValued().toReference() : field.toReference();
        }

        private static <T> Supplier<T> memoized(Supplier<T> supplier) {
            AtomicReference<T> value = new AtomicReference<>();
            return () -> value.updateAndGet(v -> v != null ? v : supplier.get());
        }

        @Override
        public void write(DocumentElement target, Draft draft, TypeBridgeWriteContext context) {
            boolean english = "en".equals(draft.getLanguage());
            ImpactSummary impactSummary = draft.impact();
            title.write(target, draft.getTitle(), english);
            target.addValue(titlePrefixes, draft.getTitle());
            summary.write(target, draft.getSummary(), english);
            impact.write(target, impactText(impactSummary), english);
            for (TextBlock article : draft.currentArticles()) {
                text.write(target, ArticleDocumentBinder.fullText(article), english);
            }
            for (String line : aboutLines(draft, impactSummary)) {
                about.write(target, line, english);
            }
            target.addValue(agency, String.valueOf(draft.getAgencyId()));
            target.addValue(type, draft.getDocumentTypeCode());
            target.addValue(status, draft.getStatus().name());
            impactSummary.sectors().forEach(v -> target.addValue(sector, v));
            impactSummary.businessSizes().forEach(v -> target.addValue(size, v.name()));
            impactSummary.provinces().forEach(v -> target.addValue(province, v));
            impactSummary.citizenGroups().forEach(v -> target.addValue(group, v));
            target.addValue(nationwide, impactSummary.nationwide());
            Instant publishedOrOpens = draft.getPublishedAt() != null ? draft.getPublishedAt() : draft.window().opensAt();
            target.addValue(published, publishedOrOpens);
            if (publishedOrOpens != null) {
                target.addValue(year, publishedOrOpens.atZone(PortalTime.ZONE).getYear());
            }
            target.addValue(closes, draft.window().closesAt());
            target.addValue(opens, draft.window().opensAt());
            target.addValue(this.publishedAt, draft.getPublishedAt());
            target.addValue(reference, draft.getReferenceNumber());
            target.addValue(language, draft.getLanguage());
            target.addValue(statusRank, rank(draft.getStatus()));
        }

        private static String impactText(ImpactSummary impact) {
            List<String> parts = new ArrayList<>();
            impact.costsAndBenefits().forEach(i -> {
                parts.add(i.affectedParty());
                parts.add(i.description());
            });
            impact.procedures().forEach(p -> {
                parts.add(p.name());
                parts.add(p.description());
            });
            return String.join("\n", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
        }

        /** The names people search by but that are not in the text: reference, agency, type, sectors, topics. */
        private List<String> aboutLines(Draft draft, ImpactSummary impact) {
            List<String> lines = new ArrayList<>();
            lines.add(draft.getReferenceNumber());
            Taxonomies taxonomies = this.taxonomies.get();
            AgencySummary agencySummary = agencies.get().find(draft.getAgencyId());
            if (agencySummary != null) {
                lines.add(agencySummary.nameVi() + "\n" + agencySummary.nameEn() + "\n" + agencySummary.code());
            }
            taxonomies.documentTypes().find(draft.getDocumentTypeCode())
                    .ifPresent(t -> lines.add(t.nameVi() + "\n" + t.nameEn()));
            impact.sectors().forEach(code -> taxonomies.sectors().find(code)
                    .ifPresent(t -> lines.add(t.nameVi() + "\n" + t.nameEn())));
            lines.addAll(draft.getTopics());
            return lines;
        }

        /** Open first, then upcoming, then closed: "closing soonest" sorts by this, then by closing time. */
        private static int rank(DraftStatus status) {
            return switch (status) {
                case OPEN -> 0;
                case SCHEDULED -> 1;
                default -> 2;
            };
        }
    }
}
