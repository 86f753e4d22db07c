-- See the SQLite script of the same name for the why. Columns added in one batch are used in the next (GO).
CREATE TABLE etl_check_run (
    run_id        int IDENTITY(1,1) NOT NULL CONSTRAINT pk_etl_check_run PRIMARY KEY,
    started_at    datetime2(3) NOT NULL,
    finished_at   datetime2(3) NULL,
    status        nvarchar(16) NOT NULL,
    checks        int          NOT NULL CONSTRAINT df_etl_check_run_checks DEFAULT (0),
    warned        int          NOT NULL CONSTRAINT df_etl_check_run_warned DEFAULT (0),
    failed        int          NOT NULL CONSTRAINT df_etl_check_run_failed DEFAULT (0)
);

CREATE TABLE etl_check (
    check_id      int IDENTITY(1,1) NOT NULL CONSTRAINT pk_etl_check PRIMARY KEY,
    run_id        int           NOT NULL CONSTRAINT fk_etl_check_run REFERENCES etl_check_run (run_id),
    check_name    nvarchar(200) NOT NULL,
    category      nvarchar(32)  NOT NULL,
    status        nvarchar(16)  NOT NULL,
    failing_rows  int           NOT NULL,
    sample        nvarchar(max) NULL,
    message       nvarchar(max) NULL,
    checked_at    datetime2(3)  NOT NULL
);
CREATE INDEX ix_etl_check_run ON etl_check (run_id);

ALTER TABLE etl_import ADD cells_read int NULL, rows_unchanged int NULL, amount_total_cents bigint NULL;
ALTER TABLE fact_funding ADD source_sheet nvarchar(200) NULL;
ALTER TABLE fact_budget_line ADD source_sheet nvarchar(200) NULL,
    is_earmarked bit NOT NULL CONSTRAINT df_fact_budget_line_is_earmarked DEFAULT 0;
ALTER TABLE fact_spending ADD source_sheet nvarchar(200) NULL;
ALTER TABLE fact_capacity ADD source_sheet nvarchar(200) NULL;
ALTER TABLE fact_indicator ADD source_sheet nvarchar(200) NULL;
ALTER TABLE fact_contribution ADD cbs_period nvarchar(16) NULL,
    is_frozen bit NOT NULL CONSTRAINT df_fact_contribution_is_frozen DEFAULT 0;

CREATE TABLE etl_contribution_change (
    change_id            int IDENTITY(1,1) NOT NULL CONSTRAINT pk_etl_contribution_change PRIMARY KEY,
    year                 int           NOT NULL,
    region_key           int           NOT NULL CONSTRAINT fk_etl_contribution_change_region REFERENCES dim_region (region_key),
    status               nvarchar(16)  NOT NULL,
    reason               nvarchar(100) NOT NULL,
    applied              bit           NOT NULL,
    before_date_key      int           NOT NULL,
    before_inhabitants   bigint        NOT NULL,
    before_rate_cents    bigint        NOT NULL,
    before_amount_cents  bigint        NOT NULL,
    before_cbs_status    nvarchar(32)  NOT NULL,
    before_source_key    int           NOT NULL,
    after_date_key       int           NOT NULL,
    after_inhabitants    bigint        NOT NULL,
    after_rate_cents     bigint        NOT NULL,
    after_amount_cents   bigint        NOT NULL,
    after_cbs_status     nvarchar(32)  NOT NULL,
    after_source_key     int           NOT NULL,
    changed_at           datetime2(3)  NOT NULL
);
CREATE INDEX ix_etl_contribution_change ON etl_contribution_change (year, region_key, status);
GO

UPDATE fact_budget_line SET is_earmarked = 1
WHERE funding_source_key IN (SELECT funding_source_key FROM dim_funding_source WHERE kind = N'network_plan')
  AND activity_key IN (SELECT activity_key FROM dim_activity
                       WHERE name_key LIKE N'cofinanciering%' OR name_key LIKE N'co financiering%'
                          OR lower(name) LIKE N'cofinanciering%' OR lower(name) LIKE N'co-financiering%');
-- Provisional contributions stored from CBS figures before this migration were kept frozen by the budget rules.
UPDATE fact_contribution SET is_frozen = 1
WHERE status = N'provisional'
  AND source_key IN (SELECT source_key FROM dim_source WHERE origin <> N'bundled sample');
GO

DROP VIEW rpt_contribution;
GO

CREATE VIEW rpt_contribution AS
SELECT c.year,
       r.cbs_code,
       r.name                                               AS municipality,
       c.status,
       c.is_current,
       d.full_date                                          AS reference_date,
       c.inhabitants,
       CAST(c.rate_cents / 100.0 AS decimal(18, 2))         AS rate,
       CAST(c.amount_cents / 100.0 AS decimal(18, 2))       AS amount,
       c.amount_cents,
       CAST(c.settlement_cents / 100.0 AS decimal(18, 2))   AS settlement,
       c.settlement_cents,
       c.cbs_status,
       s.origin                                             AS source,
       c.computed_at,
       c.cbs_period,
       c.is_frozen,
       (SELECT COUNT(*) FROM etl_contribution_change x
        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status) AS changes
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;
GO

CREATE VIEW rpt_contribution_change AS
SELECT x.year, r.cbs_code, r.name AS municipality, x.status, x.reason, x.applied,
       db.full_date AS before_reference_date, x.before_inhabitants,
       CAST(x.before_rate_cents / 100.0 AS decimal(18, 2)) AS before_rate,
       CAST(x.before_amount_cents / 100.0 AS decimal(18, 2)) AS before_amount, x.before_amount_cents, x.before_cbs_status,
       da.full_date AS after_reference_date, x.after_inhabitants,
       CAST(x.after_rate_cents / 100.0 AS decimal(18, 2)) AS after_rate,
       CAST(x.after_amount_cents / 100.0 AS decimal(18, 2)) AS after_amount, x.after_amount_cents, x.after_cbs_status,
       x.changed_at
FROM etl_contribution_change x
JOIN dim_region r ON r.region_key = x.region_key
JOIN dim_date db ON db.date_key = x.before_date_key
JOIN dim_date da ON da.date_key = x.after_date_key;
GO

CREATE VIEW rpt_check AS
SELECT k.run_id, k.started_at AS run_started_at, k.status AS run_status, c.check_name, c.category, c.status,
       c.failing_rows, c.sample, c.message, c.checked_at
FROM etl_check c
JOIN etl_check_run k ON k.run_id = c.run_id;
GO

CREATE VIEW rpt_lineage AS
SELECT CAST(N'contribution' AS nvarchar(16)) AS figure, c.year, r.cbs_code, r.name AS municipality,
       CAST(NULL AS nvarchar(400)) AS partner, CAST(c.status AS nvarchar(400)) AS item, CAST(c.status AS nvarchar(400)) AS detail,
       c.amount_cents, CAST(c.amount_cents / 100.0 AS decimal(18, 2)) AS amount, c.inhabitants, c.is_current,
       s.kind AS source_kind, s.origin AS source_origin, s.name AS source_name, c.cbs_period, c.cbs_status,
       s.cbs_modified, CAST(NULL AS nvarchar(200)) AS source_sheet, CAST(NULL AS int) AS source_row,
       s.content_hash, s.received_at, s.loaded_at, i.import_id, i.replaces
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_source s ON s.source_key = c.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT N'funding', f.year, r.cbs_code, r.name, NULL, fs.name, fs.kind,
       f.amount_cents, CAST(f.amount_cents / 100.0 AS decimal(18, 2)), NULL, CAST(1 AS bit),
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, f.source_sheet, f.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
LEFT JOIN dim_region r ON r.region_key = f.region_key
JOIN dim_source s ON s.source_key = f.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT N'budget_line', b.year, NULL, NULL, NULL, a.name, fs.name,
       b.amount_cents, CAST(b.amount_cents / 100.0 AS decimal(18, 2)), NULL, CAST(1 AS bit),
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, b.source_sheet, b.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_budget_line b
JOIN dim_activity a ON a.activity_key = b.activity_key
JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
JOIN dim_source s ON s.source_key = b.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT N'spending', x.year, NULL, NULL, p.name, a.name, x.status,
       x.amount_cents, CAST(x.amount_cents / 100.0 AS decimal(18, 2)), NULL, CAST(1 AS bit),
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, x.source_sheet, x.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_spending x
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_activity a ON a.activity_key = x.activity_key
JOIN dim_source s ON s.source_key = x.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key);
GO
