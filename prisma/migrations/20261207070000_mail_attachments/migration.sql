-- Files attached to a queued mail (ADR 0025): kept next to the queue, not in the job's JSON
-- payload, and deleted once the mail is sent. The size bound is the database's last word; the app
-- refuses larger attachments before it gets here.
CREATE TABLE mail_attachment (
  id           UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
  filename     TEXT        NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
  content_type TEXT        NOT NULL CHECK (length(content_type) BETWEEN 3 AND 100),
  content      BYTEA       NOT NULL CHECK (octet_length(content) <= 10485760),
  created_at   TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX mail_attachment_created_at_idx ON mail_attachment (created_at);
