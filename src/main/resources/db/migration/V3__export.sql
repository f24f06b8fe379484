-- Export batches (the pVault package and the exceptions report of one export) and the marks that
-- make an export happen exactly once: a revision holds the id of the one batch that exported it.

CREATE TABLE export_batch (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    session_id            CHAR(36)      NOT NULL,
    mode                  VARCHAR(10)   NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    employees             INT           NOT NULL,
    transactions          INT           NOT NULL,
    exceptions            INT           NOT NULL,
    marked_revisions      INT           NOT NULL,
    pvault_file           VARCHAR(255)  NOT NULL,
    pvault_sha256         CHAR(64)      NOT NULL,
    exceptions_csv_file   VARCHAR(255)  NOT NULL,
    exceptions_csv_sha256 CHAR(64)      NOT NULL,
    exceptions_pdf_file   VARCHAR(255)  NOT NULL,
    exceptions_pdf_sha256 CHAR(64)      NOT NULL,
    voided_by             VARCHAR(100)  NULL,
    voided_at             TIMESTAMP(6)  NULL,
    void_reason           VARCHAR(2000) NULL,
    INDEX ix_export_batch_session (session_id, created_at),
    CONSTRAINT ck_export_batch_mode CHECK (mode IN ('DELTA', 'ALL')),
    CONSTRAINT ck_export_batch_status CHECK (status IN ('DONE', 'VOIDED')),
    CONSTRAINT fk_export_batch_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every employee a batch's package holds, with the revision it sent; marked = this batch marked it.
CREATE TABLE export_batch_employee (
    batch_id     CHAR(36) NOT NULL,
    employee_ref CHAR(36) NOT NULL,
    revision     INT      NOT NULL,
    marked       BOOLEAN  NOT NULL,
    PRIMARY KEY (batch_id, employee_ref),
    INDEX ix_export_employee_ref (employee_ref),
    CONSTRAINT fk_export_employee_batch FOREIGN KEY (batch_id) REFERENCES export_batch (id) ON DELETE CASCADE,
    CONSTRAINT fk_export_employee_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The issues a batch's exceptions report listed, as listed (keyed by finding, which survives
-- re-validation), so a DELTA report lists only what no earlier, non-voided batch listed.
CREATE TABLE export_batch_issue (
    batch_id      CHAR(36)      NOT NULL,
    employee_ref  CHAR(36)      NOT NULL,
    finding_key   VARCHAR(200)  NOT NULL,
    flag          VARCHAR(40)   NOT NULL,
    detail        VARCHAR(1000) NOT NULL,
    amount_impact DECIMAL(15,2) NULL,
    PRIMARY KEY (batch_id, employee_ref, finding_key),
    INDEX ix_export_issue_finding (employee_ref, finding_key),
    CONSTRAINT fk_export_issue_batch FOREIGN KEY (batch_id) REFERENCES export_batch (id) ON DELETE CASCADE,
    CONSTRAINT fk_export_issue_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One column, one batch: a revision can be marked by at most one batch; voiding clears the mark.
ALTER TABLE employee_revision
    ADD COLUMN export_batch_id CHAR(36)     NULL,
    ADD COLUMN exported_at     TIMESTAMP(6) NULL,
    ADD INDEX ix_revision_export_batch (export_batch_id),
    ADD CONSTRAINT fk_revision_export_batch FOREIGN KEY (export_batch_id) REFERENCES export_batch (id)
        ON DELETE SET NULL;
