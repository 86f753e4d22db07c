-- Operations, outside the star: one row per CBS pull or delivered file, and every rejection reason.
CREATE TABLE etl_import (
    import_id     int IDENTITY(1,1) NOT NULL CONSTRAINT pk_etl_import PRIMARY KEY,
    kind          nvarchar(16)  NOT NULL,                                      -- cbs | file
    name          nvarchar(400) NOT NULL,
    origin        nvarchar(32)  NULL,
    source_key    int           NULL CONSTRAINT fk_etl_import_source REFERENCES dim_source (source_key),
    content_hash  nvarchar(64)  NULL,
    status        nvarchar(16)  NOT NULL,                                      -- running | loaded | skipped | duplicate | rejected | failed
    rows_written  int           NOT NULL CONSTRAINT df_etl_import_rows_written DEFAULT (0),
    started_at    datetime2(3)  NOT NULL,
    finished_at   datetime2(3)  NULL,
    message       nvarchar(max) NULL,
    replaces      nvarchar(max) NULL                                           -- names of the files this delivery replaced
);

CREATE INDEX ix_etl_import_name ON etl_import (kind, name);

CREATE TABLE etl_rejection (
    rejection_id  int IDENTITY(1,1) NOT NULL CONSTRAINT pk_etl_rejection PRIMARY KEY,
    import_id     int           NOT NULL CONSTRAINT fk_etl_rejection_import REFERENCES etl_import (import_id),
    file_name     nvarchar(400) NOT NULL,
    sheet         nvarchar(200) NULL,
    row_number    int           NULL,
    column_name   nvarchar(200) NULL,
    value         nvarchar(max) NULL,
    message       nvarchar(max) NOT NULL
);
