package vn.gopy.drafts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One block of a version's text. Articles have an id of their own, so comments can point at them. */
@Entity
public class TextBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private DraftVersion version;
    private int position;
    @Enumerated(EnumType.STRING)
    private BlockKind kind;
    private String label;
    private String title;
    private String body;

    protected TextBlock() {
    }

    TextBlock(DraftVersion version, int position, TextBlockData data) {
        this.version = version;
        this.position = position;
        this.kind = data.kind();
        this.label = data.label();
        this.title = data.title();
        this.body = data.body();
    }

    public Long getId() {
        return id;
    }

    public BlockKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public DraftVersion getVersion() {
        return version;
    }

    TextBlockData data() {
        return new TextBlockData(kind, label, title, body);
    }
}
