-- Comments on drafts (issue 4). A comment is about a draft, or one of its articles by label, in the
-- version the author read. The e-mail address is never shown publicly.
CREATE TABLE comment (
    id                       BIGSERIAL PRIMARY KEY,
    tracking_number          TEXT NOT NULL UNIQUE,
    draft_id                 BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    draft_version            INT NOT NULL,
    article_label            TEXT,
    text                     TEXT NOT NULL,
    email                    TEXT NOT NULL,
    author_name              TEXT,
    publish_name             BOOLEAN NOT NULL,
    commenter_kind           TEXT NOT NULL,
    organisation             TEXT,
    province_code            TEXT,
    sector_code              TEXT,
    business_size            TEXT,
    language                 TEXT NOT NULL,
    state                    TEXT NOT NULL,
    submitted_at             TIMESTAMPTZ NOT NULL,
    consented_at             TIMESTAMPTZ NOT NULL,
    confirmation_token_hash  TEXT NOT NULL UNIQUE,
    confirmation_expires_at  TIMESTAMPTZ NOT NULL,
    confirmed_at             TIMESTAMPTZ,
    decided_at               TIMESTAMPTZ,
    decision_reason          TEXT,
    -- Same draft, article, e-mail address and text: a double click or a retry, answered with the first receipt.
    duplicate_key            TEXT NOT NULL UNIQUE
);
-- The public lists: a draft's published comments, all or of one article, by date.
CREATE INDEX comment_published_idx ON comment (draft_id, decided_at, id) WHERE state = 'PUBLISHED';
CREATE INDEX comment_published_article_idx ON comment (draft_id, article_label, decided_at, id) WHERE state = 'PUBLISHED';
-- Unconfirmed comments are deleted after a while (the privacy notice says when).
CREATE INDEX comment_unconfirmed_idx ON comment (submitted_at) WHERE state = 'AWAITING_CONFIRMATION';

CREATE TABLE comment_attachment (
    id          BIGSERIAL PRIMARY KEY,
    comment_id  BIGINT NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    file_name   TEXT NOT NULL,
    size_bytes  BIGINT NOT NULL
);
CREATE INDEX comment_attachment_comment_idx ON comment_attachment (comment_id);

-- The bytes apart, so that lists of comments never load them.
CREATE TABLE comment_attachment_content (
    attachment_id BIGINT PRIMARY KEY REFERENCES comment_attachment (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);
