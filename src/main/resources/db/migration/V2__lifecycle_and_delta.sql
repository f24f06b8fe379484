-- Session lifecycle (pause remembers what it paused) and delta processing of late receipts.

ALTER TABLE processing_session ADD COLUMN paused_from VARCHAR(30) NULL;

-- A revision made by an accepted change keeps what it replaced.
ALTER TABLE employee_revision
    ADD COLUMN previous_car_total        DECIMAL(15,2) NULL,
    ADD COLUMN previous_receipt_total    DECIMAL(15,2) NULL,
    ADD COLUMN amount_changed            BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN receipt_version_processed INT           NULL;

-- The comparison of a late receipt report with the session, one row per employee. The rows stay
-- after an apply (with the decisions) until the next receipt upload; a discard deletes them.
CREATE TABLE receipt_comparison (
    session_id      CHAR(36)     NOT NULL PRIMARY KEY,
    receipt_version INT          NOT NULL,
    mode            VARCHAR(10)  NOT NULL,
    new_receipts    INT          NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    applied_by      VARCHAR(100) NULL,
    applied_at      TIMESTAMP(6) NULL,
    CONSTRAINT fk_comparison_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE comparison_change (
    session_id        CHAR(36)      NOT NULL,
    employee_id       VARCHAR(200)  NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    change_type       VARCHAR(20)   NOT NULL,
    old_receipt_total DECIMAL(15,2) NOT NULL,
    new_receipt_total DECIMAL(15,2) NOT NULL,
    old_receipt_count INT           NOT NULL,
    new_receipt_count INT           NOT NULL,
    added_receipts    INT           NOT NULL,
    changed_receipts  INT           NOT NULL,
    receipts_changed  BOOLEAN       NOT NULL,
    decision          VARCHAR(10)   NULL,
    -- The employee's state after an accept: receipts, matches, findings, pages (JSON).
    outcome           MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (session_id, employee_id),
    CONSTRAINT fk_change_comparison FOREIGN KEY (session_id) REFERENCES receipt_comparison (session_id) ON DELETE CASCADE
) ENGINE = InnoDB;
