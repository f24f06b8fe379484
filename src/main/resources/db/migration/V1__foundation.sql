-- Foundation schema: sessions, their files, employees with transactions, receipts and issues,
-- parse warnings and the append-only activity log. MariaDB 10.11+.

CREATE TABLE processing_session (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    period              CHAR(7)       NULL,
    company             VARCHAR(200)  NULL,
    owner               VARCHAR(100)  NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    phase               VARCHAR(30)   NULL,
    pages_done          INT           NOT NULL DEFAULT 0,
    pages_total         INT           NOT NULL DEFAULT 0,
    employees_found     INT           NOT NULL DEFAULT 0,
    failure_reason      VARCHAR(2000) NULL,
    receipt_version     INT           NOT NULL DEFAULT 1,
    last_receipt_upload TIMESTAMP(6)  NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    closed_by           VARCHAR(100)  NULL,
    closed_at           TIMESTAMP(6)  NULL,
    closure_reason      VARCHAR(2000) NULL,
    version             INT           NOT NULL DEFAULT 0,
    INDEX ix_session_owner_created (owner, created_at),
    INDEX ix_session_created (created_at),
    INDEX ix_session_status (status)
) ENGINE = InnoDB;

-- Uploaded PDFs are stored once by content (SHA-256); a session names the files it uses.
CREATE TABLE session_file (
    session_id     CHAR(36)     NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    version        INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    page_count     INT          NOT NULL,
    original_name  VARCHAR(255) NULL,
    replace_all    BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, kind, version),
    INDEX ix_session_file_sha (sha256),
    CONSTRAINT fk_session_file_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE employee (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    session_id         CHAR(36)      NOT NULL,
    employee_id        VARCHAR(200)  NOT NULL,
    car_name           VARCHAR(200)  NULL,
    receipt_name       VARCHAR(200)  NULL,
    card_last4         CHAR(4)       NULL,
    cost_center        VARCHAR(200)  NULL,
    in_car             BOOLEAN       NOT NULL,
    car_total          DECIMAL(15,2) NOT NULL,
    receipt_total      DECIMAL(15,2) NOT NULL,
    transaction_count  INT           NOT NULL,
    receipt_count      INT           NOT NULL,
    car_first_page     INT           NULL,
    car_last_page      INT           NULL,
    revision           INT           NOT NULL DEFAULT 1,
    open_issues        INT           NOT NULL DEFAULT 0,
    flags              VARCHAR(300)  NOT NULL DEFAULT '',
    UNIQUE KEY uk_employee_session (session_id, employee_id),
    CONSTRAINT fk_employee_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Where an employee's receipts sit in each receipt file version.
CREATE TABLE employee_receipt_pages (
    employee_ref CHAR(36) NOT NULL,
    version      INT      NOT NULL,
    first_page   INT      NOT NULL,
    last_page    INT      NOT NULL,
    PRIMARY KEY (employee_ref, version),
    CONSTRAINT fk_receipt_pages_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per revision of an employee: revision 1 at ingestion, one more per accepted change.
CREATE TABLE employee_revision (
    employee_ref   CHAR(36)      NOT NULL,
    revision       INT           NOT NULL,
    car_total      DECIMAL(15,2) NOT NULL,
    receipt_total  DECIMAL(15,2) NOT NULL,
    change_summary VARCHAR(1000) NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (employee_ref, revision),
    CONSTRAINT fk_revision_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE card_transaction (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    employee_ref       CHAR(36)      NOT NULL,
    seq                INT           NOT NULL,
    trans_date         DATE          NOT NULL,
    post_date          DATE          NOT NULL,
    reference          VARCHAR(60)   NOT NULL,
    merchant           VARCHAR(300)  NOT NULL,
    amount             DECIMAL(15,2) NOT NULL,
    job                VARCHAR(60)   NULL,
    phase              VARCHAR(60)   NULL,
    cost_type          VARCHAR(60)   NULL,
    gl_account         VARCHAR(200)  NULL,
    description        TEXT          NULL,
    page               INT           NOT NULL,
    matched_receipt_id VARCHAR(100)  NULL,
    INDEX ix_transaction_employee (employee_ref, seq),
    INDEX ix_transaction_reference (reference),
    CONSTRAINT fk_transaction_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE receipt (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    session_id       CHAR(36)      NOT NULL,
    employee_ref     CHAR(36)      NOT NULL,
    receipt_id       VARCHAR(100)  NOT NULL,
    receipt_date     DATE          NOT NULL,
    merchant         VARCHAR(300)  NOT NULL,
    amount           DECIMAL(15,2) NOT NULL,
    address          VARCHAR(500)  NULL,
    title            VARCHAR(500)  NULL,
    purpose          VARCHAR(1000) NULL,
    attachment       BOOLEAN       NOT NULL,
    attachment_pages INT           NOT NULL,
    file_version     INT           NOT NULL,
    page             INT           NOT NULL,
    UNIQUE KEY uk_receipt_session (session_id, receipt_id),
    INDEX ix_receipt_employee (employee_ref),
    CONSTRAINT fk_receipt_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE issue (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    session_id        CHAR(36)      NOT NULL,
    employee_ref      CHAR(36)      NOT NULL,
    flag              VARCHAR(40)   NOT NULL,
    finding_key       VARCHAR(200)  NOT NULL,
    detail            VARCHAR(1000) NOT NULL,
    amount_impact     DECIMAL(15,2) NULL,
    resolved          BOOLEAN       NOT NULL DEFAULT FALSE,
    resolution_reason VARCHAR(40)   NULL,
    note              VARCHAR(2000) NULL,
    resolved_by       VARCHAR(100)  NULL,
    resolved_at       TIMESTAMP(6)  NULL,
    INDEX ix_issue_employee (employee_ref),
    INDEX ix_issue_session (session_id, resolved),
    CONSTRAINT fk_issue_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE parse_warning (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id CHAR(36)      NOT NULL,
    source     VARCHAR(20)   NOT NULL,
    page       INT           NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    INDEX ix_warning_session (session_id),
    CONSTRAINT fk_warning_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Append-only: no code path updates or deletes these rows.
CREATE TABLE activity_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             TIMESTAMP(6)  NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    acting_as      VARCHAR(100)  NULL,
    action         VARCHAR(60)   NOT NULL,
    session_id     CHAR(36)      NULL,
    outcome        VARCHAR(20)   NOT NULL,
    details        VARCHAR(2000) NULL,
    client_address VARCHAR(60)   NULL,
    INDEX ix_activity_at (at),
    INDEX ix_activity_session (session_id),
    INDEX ix_activity_actor (actor)
) ENGINE = InnoDB;
