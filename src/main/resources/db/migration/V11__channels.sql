-- The reach of each channel that spreads a draft (issue 7, outreach). See docs/decisions/0022.

-- The channel a commenter arrived by, as a short neutral code that the comments module only carries: the
-- outreach module counts the comment for that channel once it is confirmed. Null for everyone else.
ALTER TABLE comment ADD COLUMN referral TEXT;

-- A channel registered by the drafting agency: a newspaper, an association, a poster campaign... Each has
-- its own short link /c/<code>. Retired channels stay, with their counts; their link no longer counts.
CREATE TABLE outreach_channel (
    id          BIGSERIAL PRIMARY KEY,
    draft_id    BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('NEWSPAPER', 'ASSOCIATION', 'LOCAL_OFFICE', 'POSTER', 'SOCIAL_MEDIA', 'OTHER')),
    name        TEXT NOT NULL,
    note        TEXT,
    code        TEXT NOT NULL UNIQUE,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);
-- Two channels of one draft with the same name could not be told apart in the table and the CSV.
CREATE UNIQUE INDEX outreach_channel_name_idx ON outreach_channel (draft_id, lower(name));

-- Counts only: one row per channel and day (Vietnam's calendar). No address, no browser, no cookie, nothing
-- about the person; a visit or a confirmed comment adds one to its day's row.
CREATE TABLE outreach_channel_day (
    channel_id          BIGINT NOT NULL REFERENCES outreach_channel (id) ON DELETE CASCADE,
    day                 DATE NOT NULL,
    visits              INT NOT NULL DEFAULT 0,
    confirmed_comments  INT NOT NULL DEFAULT 0,
    PRIMARY KEY (channel_id, day)
);
