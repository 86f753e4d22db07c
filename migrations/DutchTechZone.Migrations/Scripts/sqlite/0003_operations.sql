-- Operations, outside the star: one row per CBS pull or delivered file, and every rejection reason.
CREATE TABLE etl_import (
    import_id     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL,                      -- cbs | file
    name          TEXT    NOT NULL,
    origin        TEXT    NULL,
    source_key    INTEGER NULL REFERENCES dim_source (source_key),
    content_hash  TEXT    NULL,
    status        TEXT    NOT NULL,                      -- running | loaded | skipped | duplicate | rejected | failed
    rows_written  INTEGER NOT NULL DEFAULT 0,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NULL,
    message       TEXT    NULL,
    replaces      TEXT    NULL                           -- names of the files this delivery replaced
);
CREATE INDEX ix_etl_import_name ON etl_import (kind, name);

CREATE TABLE etl_rejection (
    rejection_id  INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    import_id     INTEGER NOT NULL REFERENCES etl_import (import_id),
    file_name     TEXT    NOT NULL,
    sheet         TEXT    NULL,
    row_number    INTEGER NULL,
    column_name   TEXT    NULL,
    value         TEXT    NULL,
    message       TEXT    NOT NULL
);
