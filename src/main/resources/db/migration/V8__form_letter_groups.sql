-- Form-letter grouping (issue 5): near-identical comments of one draft are grouped as they arrive, so that
-- moderators decide per group and the public sees a campaign once. See docs/decisions/0016.

-- Each comment's MinHash signature (128 ints, big-endian), from which the in-memory index is rebuilt after a
-- restart. Texts too short to group have none.
CREATE TABLE form_letter_signature (
    comment_id  BIGINT PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
    draft_id    BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    minhash     BYTEA NOT NULL
);
CREATE INDEX form_letter_signature_draft_idx ON form_letter_signature (draft_id, comment_id);

-- The representative is the comment the group formed around; its text is what the public sees once.
CREATE TABLE form_letter_group (
    id                         BIGSERIAL PRIMARY KEY,
    draft_id                   BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    representative_comment_id  BIGINT NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    size                       INT NOT NULL,
    created_at                 TIMESTAMPTZ NOT NULL
);
CREATE INDEX form_letter_group_largest_idx ON form_letter_group (draft_id, size DESC, id);

-- A comment belongs to one group at most.
CREATE TABLE form_letter_member (
    comment_id  BIGINT PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
    group_id    BIGINT NOT NULL REFERENCES form_letter_group (id) ON DELETE CASCADE
);
CREATE INDEX form_letter_member_group_idx ON form_letter_member (group_id, comment_id);
