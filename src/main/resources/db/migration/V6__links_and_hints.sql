-- Links a clerk makes between what the rules left unmatched, the history of issue resolutions,
-- and the hints (advisory) with their dismissals. formats.md §3 "Links a clerk makes", "Hints".

CREATE TABLE link (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    session_id   CHAR(36)      NOT NULL,
    employee_ref CHAR(36)      NOT NULL,
    reason       VARCHAR(20)   NOT NULL,
    note         VARCHAR(2000) NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    INDEX ix_link_session (session_id),
    INDEX ix_link_employee (employee_ref),
    CONSTRAINT fk_link_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A transaction (by CAR reference) or a receipt (by Receipt ID) is in at most one link: the unique
-- keys turn a second link of the same item into a refused insert even if two clerks race.
CREATE TABLE link_transaction (
    link_id      CHAR(36)     NOT NULL,
    employee_ref CHAR(36)     NOT NULL,
    reference    VARCHAR(60)  NOT NULL,
    PRIMARY KEY (link_id, reference),
    UNIQUE KEY uk_link_transaction (employee_ref, reference),
    CONSTRAINT fk_link_transaction_link FOREIGN KEY (link_id) REFERENCES link (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE link_receipt (
    link_id    CHAR(36)     NOT NULL,
    session_id CHAR(36)     NOT NULL,
    receipt_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (link_id, receipt_id),
    UNIQUE KEY uk_link_receipt (session_id, receipt_id),
    CONSTRAINT fk_link_receipt_link FOREIGN KEY (link_id) REFERENCES link (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The link whose making resolved the issue (LINKED): removing that link reopens exactly these.
ALTER TABLE issue ADD COLUMN resolved_by_link CHAR(36) NULL;

-- Every resolution and reopening of an issue, so a reopened issue keeps its earlier resolution.
CREATE TABLE issue_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issue_id   CHAR(36)      NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    reason     VARCHAR(40)   NULL,
    note       VARCHAR(2000) NULL,
    actor      VARCHAR(100)  NOT NULL,
    at         TIMESTAMP(6)  NOT NULL,
    INDEX ix_issue_event_issue (issue_id, id),
    CONSTRAINT fk_issue_event_issue FOREIGN KEY (issue_id) REFERENCES issue (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Hints found at the last re-validation of the session; a dismissal stays while the hint is found.
CREATE TABLE hint (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    session_id   CHAR(36)      NOT NULL,
    hint_key     VARCHAR(400)  NOT NULL,
    type         VARCHAR(40)   NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    dismissed    BOOLEAN       NOT NULL DEFAULT FALSE,
    dismissed_by VARCHAR(100)  NULL,
    dismissed_at TIMESTAMP(6)  NULL,
    note         VARCHAR(2000) NULL,
    UNIQUE KEY uk_hint_key (session_id, hint_key),
    CONSTRAINT fk_hint_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- What a hint names: transactions (kind T, by reference) and receipts (kind R, by Receipt ID), with their employee.
CREATE TABLE hint_item (
    hint_id      CHAR(36)     NOT NULL,
    employee_ref CHAR(36)     NOT NULL,
    kind         CHAR(1)      NOT NULL,
    item         VARCHAR(100) NOT NULL,
    seq          INT          NOT NULL,
    PRIMARY KEY (hint_id, seq),
    INDEX ix_hint_item_employee (employee_ref),
    CONSTRAINT fk_hint_item_hint FOREIGN KEY (hint_id) REFERENCES hint (id) ON DELETE CASCADE,
    CONSTRAINT fk_hint_item_employee FOREIGN KEY (employee_ref) REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Sessions whose hints were found at least once (older sessions are searched once at start-up).
CREATE TABLE hint_scan (
    session_id CHAR(36)     NOT NULL PRIMARY KEY,
    scanned_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_hint_scan_session FOREIGN KEY (session_id) REFERENCES processing_session (id) ON DELETE CASCADE
) ENGINE = InnoDB;
