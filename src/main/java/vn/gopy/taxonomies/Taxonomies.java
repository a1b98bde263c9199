package vn.gopy.taxonomies;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portal's reference data: document types, business sectors (VSIC 2018 sections), provinces and
 * citizen groups. They are data, kept in tables that Flyway fills, and read once: they change with a
 * migration, not while the portal runs.
 */
@Service
public class Taxonomies {

    private final Taxonomy documentTypes;
    private final Taxonomy sectors;
    private final Taxonomy provinces;
    private final Taxonomy citizenGroups;

    Taxonomies(JdbcClient jdbc) {
        documentTypes = load(jdbc, "SELECT code, name_vi, name_en FROM document_type ORDER BY position");
        sectors = load(jdbc, "SELECT code, name_vi, name_en FROM sector ORDER BY code");
        provinces = load(jdbc, "SELECT code, name_vi, name_en FROM province ORDER BY position");
        citizenGroups = load(jdbc, "SELECT code, name_vi, name_en FROM citizen_group ORDER BY position");
    }

    private static Taxonomy load(JdbcClient jdbc, String sql) {
        List<Term> terms = jdbc.sql(sql)
                .query((rs, row) -> new Term(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new Taxonomy(terms);
    }

    public Taxonomy documentTypes() {
        return documentTypes;
    }

    public Taxonomy sectors() {
        return sectors;
    }

    public Taxonomy provinces() {
        return provinces;
    }

    public Taxonomy citizenGroups() {
        return citizenGroups;
    }
}
