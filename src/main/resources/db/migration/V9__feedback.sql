-- Feedback to the drafting agency (issue 6): an answer ("tiếp thu, giải trình") to every published comment,
-- and the reception report the agency publishes. See docs/decisions/0018.

-- The consultation is over and the agency published its reception report: the draft's last status.
ALTER TABLE draft ADD COLUMN report_published_at TIMESTAMPTZ;
ALTER TABLE draft DROP CONSTRAINT draft_status_check;
ALTER TABLE draft ADD CONSTRAINT draft_status_check
    CHECK (status IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED'));

-- A commenter may agree to be contacted by the drafting agency; only then do drafters see the address.
ALTER TABLE comment ADD COLUMN may_contact BOOLEAN NOT NULL DEFAULT FALSE;

-- One answer per comment. A form-letter campaign is answered once and the answer is written for every letter,
-- so that each author's tracking page and the exports read one row per comment.
CREATE TABLE disposition (
    comment_id       BIGINT PRIMARY KEY REFERENCES comment (id) ON DELETE CASCADE,
    draft_id         BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    outcome          TEXT NOT NULL CHECK (outcome IN ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'NOTED')),
    explanation      TEXT NOT NULL,
    -- The article of the revised draft that the comment changed, if the drafter names one.
    changed_article  TEXT,
    answered_by      TEXT NOT NULL,
    answered_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX disposition_draft_idx ON disposition (draft_id, outcome);

-- The published reception report of a draft. The PDF and DOCX are generated from the dispositions at
-- publication and kept as published; an edited DOCX uploaded by the agency replaces the generated one.
CREATE TABLE reception_report (
    draft_id       BIGINT PRIMARY KEY REFERENCES draft (id) ON DELETE CASCADE,
    published_at   TIMESTAMPTZ NOT NULL,
    published_by   TEXT NOT NULL,
    pdf            BYTEA,
    docx           BYTEA NOT NULL,
    -- True when the DOCX is the agency's own edited version (then there may be no PDF).
    edited         BOOLEAN NOT NULL
);

-- The daily digest to the drafting agency: which consultation was last summarised up to when, so that a
-- restart neither repeats nor skips a day, and the closing summary goes once.
CREATE TABLE feedback_digest (
    draft_id             BIGINT PRIMARY KEY REFERENCES draft (id) ON DELETE CASCADE,
    summarised_until     TIMESTAMPTZ NOT NULL,
    closing_sent_at      TIMESTAMPTZ
);

-- Exports and statistics walk all comments of a draft, not only the published ones.
CREATE INDEX comment_draft_idx ON comment (draft_id, id);
-- The drafter's list to answer: a draft's published comments, each campaign once, oldest first.
CREATE INDEX comment_answerable_idx ON comment (draft_id, confirmed_at, id)
    WHERE state = 'PUBLISHED' AND campaign_lead_id IS NULL;

-- Answering a campaign writes a row for each of its letters (found by their lead), and deleting a comment
-- (unconfirmed ones after 30 days) must find the letters and groups pointing at it: without these, PostgreSQL
-- scans the whole comment table for every such row (the export benchmark's first runs saw the clean-up of
-- 20,000 unconfirmed comments among 1,000,000 take about 30 minutes).
CREATE INDEX comment_campaign_lead_idx ON comment (campaign_lead_id) WHERE campaign_lead_id IS NOT NULL;
CREATE INDEX form_letter_group_representative_idx ON form_letter_group (representative_comment_id);

