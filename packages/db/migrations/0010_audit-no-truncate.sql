-- TRUNCATE fires no row trigger, so the append-only trigger alone let it empty the audit log: refuse it too.
-- (A superuser can still disable both; the keyed MACs and the checkpoints outside the database detect that.)
CREATE TRIGGER audit_entries_no_truncate
  BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
