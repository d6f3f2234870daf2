-- Nothing in the ledger is ever updated or deleted: PostgreSQL refuses it with a trigger, on
-- both tables, row by row (UPDATE, DELETE) and for TRUNCATE. (A table's owner can still drop
-- or disable a trigger: this guards against mistakes and programs, not against the owner.)
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER ledger_award_append_only BEFORE UPDATE OR DELETE ON ledger_award
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_award_no_truncate BEFORE TRUNCATE ON ledger_award
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_limit_append_only BEFORE UPDATE OR DELETE ON ledger_limit
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_limit_no_truncate BEFORE TRUNCATE ON ledger_limit
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
