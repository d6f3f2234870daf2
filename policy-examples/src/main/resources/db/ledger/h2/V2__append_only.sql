-- Nothing in the ledger is ever updated or deleted: H2 refuses it with a trigger class on
-- both tables (dev.zhengce.policy.examples.ledger.h2.AppendOnly). H2 has no trigger for TRUNCATE
-- TABLE: a TRUNCATE typed by hand in an H2 console is not refused (a documented limit of the
-- H2 ledger; PostgreSQL refuses it).
CREATE TRIGGER ledger_award_append_only BEFORE UPDATE, DELETE ON ledger_award
    FOR EACH ROW CALL 'dev.zhengce.policy.examples.ledger.h2.AppendOnly';
CREATE TRIGGER ledger_limit_append_only BEFORE UPDATE, DELETE ON ledger_limit
    FOR EACH ROW CALL 'dev.zhengce.policy.examples.ledger.h2.AppendOnly';

-- Each commit is written to the file at once (the default waits up to 500 ms): an award the
-- ledger returned survives the process being killed right after. The setting is kept in the
-- database.
SET WRITE_DELAY 0;
