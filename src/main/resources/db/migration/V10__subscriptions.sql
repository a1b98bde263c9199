-- Alerts by e-mail (issue 7, docs/decisions/0019-alerts.md). Nobody is a subscriber before confirming: a
-- request waits in alert_request (with its topics) until its link is opened, and is purged when it expires.
CREATE TABLE alert_subscriber (
    id               BIGSERIAL PRIMARY KEY,
    email            TEXT NOT NULL,
    language         TEXT NOT NULL,
    frequency        TEXT NOT NULL,
    -- The secret of the links in every mail (manage, unsubscribe); see the decision record for why it is kept.
    manage_token     TEXT NOT NULL UNIQUE,
    confirmed_at     TIMESTAMPTZ NOT NULL,
    -- Set by "unsubscribe from everything"; kept a while so that it can be undone, then purged.
    unsubscribed_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX alert_subscriber_email_idx ON alert_subscriber (lower(email));

-- What a subscriber follows: kind AGENCY, SECTOR, PROVINCE, DOCUMENT_TYPE (value: a code), SEARCH or PROFILE
-- (value: the address parameters of a search or of an "affects me" profile, in a canonical order).
CREATE TABLE alert_topic (
    id              BIGSERIAL PRIMARY KEY,
    subscriber_id   BIGINT NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    value           TEXT NOT NULL,
    UNIQUE (subscriber_id, kind, value)
);
CREATE INDEX alert_topic_match_idx ON alert_topic (kind, value);

CREATE TABLE alert_request (
    id                  BIGSERIAL PRIMARY KEY,
    email               TEXT NOT NULL,
    language            TEXT NOT NULL,
    frequency           TEXT NOT NULL,
    token_hash          TEXT NOT NULL UNIQUE,
    requested_at        TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX alert_request_expiry_idx ON alert_request (expires_at);

CREATE TABLE alert_request_topic (
    request_id  BIGINT NOT NULL REFERENCES alert_request (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (request_id, kind, value)
);

-- Alerts waiting to be mailed (at once, or in the next digest). One per subscriber, draft and kind of news,
-- however many of the subscriber's topics matched. What the mail says of the draft is copied here, so that a
-- digest reads this table alone.
CREATE TABLE alert_pending (
    subscriber_id   BIGINT NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    draft_id        BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    reference       TEXT NOT NULL,
    closes_at       TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subscriber_id, draft_id, kind)
);

-- One digest per subscriber and period, guaranteed here: a second run, a restart or a second node finds the
-- mark and sends nothing. claim names the run that wrote it, so that the run mails exactly what it marked.
CREATE TABLE alert_digest_mark (
    subscriber_id   BIGINT NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    frequency       TEXT NOT NULL,
    period          DATE NOT NULL,
    claim           UUID NOT NULL,
    PRIMARY KEY (subscriber_id, frequency, period)
);
CREATE INDEX alert_digest_mark_claim_idx ON alert_digest_mark (claim);

-- A draft's "closing soon" alerts were made: once per draft, whatever restarts.
CREATE TABLE alert_closing_mark (
    draft_id        BIGINT PRIMARY KEY REFERENCES draft (id) ON DELETE CASCADE,
    marked_at       TIMESTAMPTZ NOT NULL
);
