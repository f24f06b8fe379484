-- Admin console: the deletion audit log of bulk cleanup, and an index for the activity log search.

-- One row per session an admin's bulk cleanup deleted: what it was and who deleted it, kept after
-- the session and its data are gone. Append-only, like activity_log (no foreign key: the session is gone).
CREATE TABLE session_deletion (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id     CHAR(36)      NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    period         CHAR(7)       NULL,
    owner          VARCHAR(100)  NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    closed_at      TIMESTAMP(6)  NULL,
    employees      INT           NOT NULL,
    export_batches INT           NOT NULL,
    deleted_by     VARCHAR(100)  NOT NULL,
    deleted_at     TIMESTAMP(6)  NOT NULL,
    criteria       VARCHAR(1000) NOT NULL,
    INDEX ix_session_deletion_at (deleted_at),
    INDEX ix_session_deletion_session (session_id)
) ENGINE = InnoDB;

ALTER TABLE activity_log ADD INDEX ix_activity_action (action, at);
