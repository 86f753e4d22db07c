-- Star schema, dimensions. SQL Server / Azure SQL dialect: same names as SQLite and PostgreSQL; dates as date,
-- timestamps as datetime2(3) holding UTC, booleans as bit, money as integer cents (bigint) in facts.
-- Constraints are named so that later migrations can alter them by name.
CREATE TABLE dim_date (
    date_key      int           NOT NULL CONSTRAINT pk_dim_date PRIMARY KEY,   -- yyyymmdd
    full_date     date          NOT NULL CONSTRAINT uq_dim_date_full_date UNIQUE,
    year          smallint      NOT NULL,
    quarter       smallint      NOT NULL,
    month         smallint      NOT NULL,
    day           smallint      NOT NULL,
    month_name    nvarchar(12)  NOT NULL,                                      -- Dutch: januari .. december
    year_month    nchar(7)      NOT NULL,                                      -- 2025-09
    is_month_end  bit           NOT NULL
);

CREATE TABLE dim_region (
    region_key    int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_region PRIMARY KEY,
    cbs_code      nvarchar(16)  NOT NULL CONSTRAINT uq_dim_region_cbs_code UNIQUE,  -- GM0114, CR08, PV22, NL01
    name          nvarchar(200) NOT NULL,
    region_type   nvarchar(16)  NOT NULL,                                      -- gemeente | corop | provincie | land
    corop_code    nvarchar(16)  NULL,
    province_code nvarchar(16)  NULL,
    is_partner    bit           NOT NULL CONSTRAINT df_dim_region_is_partner DEFAULT (0),
    valid_from    date          NULL,
    valid_to      date          NULL
);

CREATE TABLE dim_measure (
    measure_key   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_measure PRIMARY KEY,
    table_id      nvarchar(32)  NOT NULL,                                      -- CBS table, e.g. 37230ned
    topic_key     nvarchar(128) NOT NULL,                                      -- key stem, stable across CBS renumbering
    cbs_key       nvarchar(128) NOT NULL,                                      -- the key as CBS names it today
    title         nvarchar(400) NOT NULL,
    unit          nvarchar(100) NULL,
    decimals      int           NULL,
    counts_at     nvarchar(16)  NULL,                                          -- start_of_day | end_of_day
    CONSTRAINT uq_dim_measure_table_topic UNIQUE (table_id, topic_key)
);

CREATE TABLE dim_source (
    source_key    int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_source PRIMARY KEY,
    kind          nvarchar(16)   NOT NULL,                                     -- cbs_table | file
    origin        nvarchar(32)   NOT NULL,                                     -- CBS | bundled sample | partner file
    name          nvarchar(400)  NOT NULL,                                     -- table id or file name
    cbs_modified  datetime2(3)   NULL,                                         -- CBS TableInfos.Modified (UTC)
    content_hash  nvarchar(64)   NULL,                                         -- SHA-256 of a delivered file
    url           nvarchar(2000) NULL,
    received_at   datetime2(3)   NULL,
    loaded_at     datetime2(3)   NOT NULL
);

CREATE INDEX ix_dim_source_name ON dim_source (kind, name);
