-- Mail to subscribers carries the address of its one-click unsubscribe (RFC 8058), sent as the
-- List-Unsubscribe header. Numbered after the outreach migrations that were written alongside it.
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_address TEXT;
