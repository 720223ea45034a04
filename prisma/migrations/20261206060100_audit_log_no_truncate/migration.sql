-- The audit log's append-only rule also stops TRUNCATE (issue 15, point 16): a row trigger
-- never fires for it, so a statement trigger runs the same refusal.
CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();
