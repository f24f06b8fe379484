-- Report profiles (formats.md §7): the wording of other issuers' CARs and expense tools' receipt
-- reports, kept whole as the JSON document an admin wrote. The two built-in profiles ship with the
-- app and are not stored here.
CREATE TABLE report_profile (
    id          VARCHAR(60)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(10)   NOT NULL,
    title_key   VARCHAR(500)  NOT NULL,
    document    LONGTEXT      NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY uq_report_profile_title (kind, title_key)
) ENGINE = InnoDB;

-- Each uploaded file remembers the profile it was read with, document included, so editing or
-- deleting the profile never changes a session already read. NULL: read before profiles existed,
-- with the built-in profile of its kind.
ALTER TABLE session_file
    ADD COLUMN profile_id       VARCHAR(60) NULL,
    ADD COLUMN profile_document LONGTEXT    NULL;
