-- The ledger of settled awards (dev.zhengce.policy.examples.ledger.JdbcLedger), for H2 and
-- PostgreSQL alike. Append-only: rows are inserted, never updated or deleted (V2 enforces it
-- per database).

-- One row per recipient limit (a yearly cap, a once-only award), inserted the first time a
-- claim comes under it; a claim locks its limit's row (SELECT ... FOR UPDATE) so that two
-- claims under one limit never interleave.
CREATE TABLE ledger_limit (
    limit_key VARCHAR(600) NOT NULL PRIMARY KEY
);

-- Every settled award (payable or not eligible; an undetermined award is not recorded), in
-- the order recorded (seq).
CREATE TABLE ledger_award (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  VARCHAR(200)  NOT NULL,
    fingerprint     VARCHAR       NOT NULL,
    recipient       VARCHAR(200)  NOT NULL,
    rule_id         VARCHAR(200)  NOT NULL,
    limit_key       VARCHAR(600),
    status          VARCHAR(20)   NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    award_year      INTEGER,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    notice          VARCHAR(200)  NOT NULL,
    catalog_version VARCHAR(200)  NOT NULL,
    catalog_sha256  VARCHAR(64)   NOT NULL,
    sdk_version     VARCHAR(200)  NOT NULL,
    overrides       VARCHAR       NOT NULL,
    explanation_zh  VARCHAR       NOT NULL,
    explanation_en  VARCHAR       NOT NULL,
    CONSTRAINT ledger_award_application_unique UNIQUE (application_id),
    CONSTRAINT ledger_award_limit_fk FOREIGN KEY (limit_key) REFERENCES ledger_limit (limit_key),
    CONSTRAINT ledger_award_status_check CHECK (status IN ('PAYABLE', 'NOT_ELIGIBLE')),
    CONSTRAINT ledger_award_amount_check CHECK (amount >= 0 AND (status = 'PAYABLE' OR amount = 0))
);

CREATE INDEX ledger_award_by_limit ON ledger_award (limit_key, seq);
CREATE INDEX ledger_award_by_recipient ON ledger_award (recipient, seq);
