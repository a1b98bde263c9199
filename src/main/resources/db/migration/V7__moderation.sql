-- Moderation (issue 5). On comments: a version for optimistic locking (two moderators never decide the same
-- comment twice), the published text when a moderator masked part of it (the original stays in "text" for
-- the drafting agency), campaigns published once, and reports from the public.
ALTER TABLE comment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN published_text TEXT;
ALTER TABLE comment ADD COLUMN decided_by TEXT;
-- A published form letter: the members point at the comment shown for all of them, which counts them.
ALTER TABLE comment ADD COLUMN campaign_lead_id BIGINT REFERENCES comment (id) ON DELETE SET NULL;
ALTER TABLE comment ADD COLUMN campaign_size INT NOT NULL DEFAULT 1;
-- Reported by the public often enough: hidden until a moderator looks again.
ALTER TABLE comment ADD COLUMN report_count INT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN hidden_at TIMESTAMPTZ;

DROP INDEX comment_published_idx;
DROP INDEX comment_published_article_idx;
CREATE INDEX comment_shown_idx ON comment (draft_id, decided_at, id)
    WHERE state = 'PUBLISHED' AND hidden_at IS NULL AND campaign_lead_id IS NULL;
CREATE INDEX comment_shown_article_idx ON comment (draft_id, article_label, decided_at, id)
    WHERE state = 'PUBLISHED' AND hidden_at IS NULL AND campaign_lead_id IS NULL;

CREATE TABLE comment_report (
    id            BIGSERIAL PRIMARY KEY,
    comment_id    BIGINT NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    reason        TEXT NOT NULL,
    note          TEXT,
    reporter_key  TEXT NOT NULL,
    reported_at   TIMESTAMPTZ NOT NULL,
    -- One report per comment from one reporter (address), so one person cannot hide a comment alone.
    UNIQUE (comment_id, reporter_key)
);

-- The moderators' queue: one row per comment that reached moderation, with what the screening found.
CREATE TABLE moderation_item (
    comment_id     BIGINT PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
    draft_id       BIGINT NOT NULL,
    agency_id      BIGINT NOT NULL,
    article_label  TEXT,
    commenter_kind TEXT NOT NULL,
    confirmed_at   TIMESTAMPTZ NOT NULL,
    flags          TEXT[] NOT NULL DEFAULT '{}',
    -- The form-letter group it belongs to (copied from the grouping, for the queue's filter), null if none.
    group_id       BIGINT,
    waiting        BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX moderation_item_group_idx ON moderation_item (group_id) WHERE waiting;
CREATE INDEX moderation_item_waiting_idx ON moderation_item (confirmed_at, comment_id) WHERE waiting;
CREATE INDEX moderation_item_flags_idx ON moderation_item USING gin (flags);

-- Every decision, append-only: who, when, what, why. The database itself refuses changes and deletions.
CREATE TABLE moderation_audit (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    moderator   TEXT NOT NULL,
    comment_id  BIGINT NOT NULL,
    tracking_number TEXT NOT NULL,
    action      TEXT NOT NULL,
    reason      TEXT,
    note        TEXT
);
CREATE INDEX moderation_audit_at_idx ON moderation_audit (at DESC, id DESC);
CREATE INDEX moderation_audit_comment_idx ON moderation_audit (comment_id);

CREATE FUNCTION moderation_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The moderation audit trail is append-only';
END;
$$;
CREATE TRIGGER moderation_audit_append_only BEFORE UPDATE OR DELETE ON moderation_audit
    FOR EACH ROW EXECUTE FUNCTION moderation_audit_is_append_only();
