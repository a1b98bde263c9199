package vn.gopy.agencies;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import vn.gopy.common.PlainText;

/** A drafting agency (cơ quan chủ trì soạn thảo): a ministry or another body that publishes drafts. */
@Entity
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameVi;
    private String nameEn;
    private String website;
    private boolean active = true;
    private Instant createdAt;
    @Version
    private long version;

    protected Agency() {
    }

    Agency(AgencyForm form, Instant now) {
        this.createdAt = now;
        update(form);
    }

    void update(AgencyForm form) {
        this.code = PlainText.singleLine(form.code()).toUpperCase(Locale.ROOT);
        this.nameVi = PlainText.singleLine(form.nameVi());
        this.nameEn = PlainText.singleLine(form.nameEn());
        this.website = form.website() == null || form.website().isBlank() ? null : form.website().strip();
        this.active = form.active();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isActive() {
        return active;
    }

    AgencySummary summary() {
        return new AgencySummary(id, code, nameVi, nameEn, website, active);
    }
}
