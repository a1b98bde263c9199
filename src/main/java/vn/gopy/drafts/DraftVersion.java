package vn.gopy.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * One version of a draft's text. A version is editable until it is published; after that it never
 * changes, so what readers commented on stays readable.
 */
@Entity
public class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;
    private int number;
    private String changeNote;
    private Instant publishedAt;
    private Instant createdAt;
    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TextBlock> blocks = new ArrayList<>();

    protected DraftVersion() {
    }

    DraftVersion(Draft draft, int number, List<TextBlockData> text, Instant now) {
        this.draft = draft;
        this.number = number;
        this.createdAt = now;
        replaceText(text);
    }

    void replaceText(List<TextBlockData> text) {
        if (isPublished()) {
            throw new IllegalStateException("A published version never changes");
        }
        blocks.clear();
        for (int i = 0; i < text.size(); i++) {
            blocks.add(new TextBlock(this, i, text.get(i)));
        }
    }

    void publish(String note, Instant now) {
        this.changeNote = note;
        this.publishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Draft getDraft() {
        return draft;
    }

    public int getNumber() {
        return number;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }

    List<TextBlockData> text() {
        return blocks.stream().map(TextBlock::data).toList();
    }

    List<TextBlock> blocks() {
        return List.copyOf(blocks);
    }

    long articleCount() {
        return blocks.stream().filter(b -> b.getKind() == BlockKind.ARTICLE).count();
    }
}
