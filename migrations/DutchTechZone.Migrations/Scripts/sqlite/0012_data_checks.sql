-- Figures the board can trust (#10):
-- 1. etl_check_run / etl_check: the result of every data test and freshness check, per run.
-- 2. etl_import.cells_read / rows_unchanged (a CBS pull: written + unchanged = cells read) and
--    amount_total_cents (a partner file: the total of its validated amounts) for the reconciliation checks.
-- 3. source_sheet on the partner facts: with source_row every figure names the cell that delivered it.
-- 4. fact_budget_line.is_earmarked: earmarked Network-plan money is marked in the Begroting file (column
--    Geoormerkt); rows loaded before get the old rule (a Network-plan line whose activity starts with Cofinanciering).
-- 5. fact_contribution.cbs_period / is_frozen and etl_contribution_change: a stored contribution is never changed
--    silently; every change (or a change refused because the amount was invoiced) is recorded.
-- 6. Views rpt_lineage, rpt_contribution_change, rpt_check; rpt_contribution gains cbs_period, is_frozen, changes.
CREATE TABLE etl_check_run (
    run_id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NULL,
    status        TEXT    NOT NULL,                      -- running | pass | warn | fail
    checks        INTEGER NOT NULL DEFAULT 0,
    warned        INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE etl_check (
    check_id      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    run_id        INTEGER NOT NULL REFERENCES etl_check_run (run_id),
    check_name    TEXT    NOT NULL,                      -- unique.partner_name_key, freshness.cbs.37230ned, …
    category      TEXT    NOT NULL,                      -- unique | not_null | relationship | accepted_values | reconciliation | freshness
    status        TEXT    NOT NULL,                      -- pass | warn | fail | skip
    failing_rows  INTEGER NOT NULL,
    sample        TEXT    NULL,                          -- the first failing rows, one per line
    message       TEXT    NULL,
    checked_at    TEXT    NOT NULL
);
CREATE INDEX ix_etl_check_run ON etl_check (run_id);

ALTER TABLE etl_import ADD COLUMN cells_read INTEGER NULL;
ALTER TABLE etl_import ADD COLUMN rows_unchanged INTEGER NULL;
ALTER TABLE etl_import ADD COLUMN amount_total_cents INTEGER NULL;

ALTER TABLE fact_funding ADD COLUMN source_sheet TEXT NULL;
ALTER TABLE fact_budget_line ADD COLUMN source_sheet TEXT NULL;
ALTER TABLE fact_spending ADD COLUMN source_sheet TEXT NULL;
ALTER TABLE fact_capacity ADD COLUMN source_sheet TEXT NULL;
ALTER TABLE fact_indicator ADD COLUMN source_sheet TEXT NULL;

ALTER TABLE fact_budget_line ADD COLUMN is_earmarked INTEGER NOT NULL DEFAULT 0;
UPDATE fact_budget_line SET is_earmarked = 1
WHERE funding_source_key IN (SELECT funding_source_key FROM dim_funding_source WHERE kind = 'network_plan')
  AND activity_key IN (SELECT activity_key FROM dim_activity
                       WHERE name_key LIKE 'cofinanciering%' OR name_key LIKE 'co financiering%'
                          OR lower(name) LIKE 'cofinanciering%' OR lower(name) LIKE 'co-financiering%');

ALTER TABLE fact_contribution ADD COLUMN cbs_period TEXT NULL;
ALTER TABLE fact_contribution ADD COLUMN is_frozen INTEGER NOT NULL DEFAULT 0;

-- Provisional contributions stored from CBS figures before this migration were kept frozen by the budget rules.
UPDATE fact_contribution SET is_frozen = 1
WHERE status = 'provisional'
  AND source_key IN (SELECT source_key FROM dim_source WHERE origin <> 'bundled sample');

CREATE TABLE etl_contribution_change (
    change_id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    year                 INTEGER NOT NULL,
    region_key           INTEGER NOT NULL REFERENCES dim_region (region_key),
    status               TEXT    NOT NULL,               -- provisional | definitive: the stored row concerned
    reason               TEXT    NOT NULL,               -- cbs_revision, rate_change, reference_date, source (comma-separated)
    applied              INTEGER NOT NULL,               -- 1: the row was updated; 0: kept, the amount was invoiced (frozen)
    before_date_key      INTEGER NOT NULL,
    before_inhabitants   INTEGER NOT NULL,
    before_rate_cents    INTEGER NOT NULL,
    before_amount_cents  INTEGER NOT NULL,
    before_cbs_status    TEXT    NOT NULL,
    before_source_key    INTEGER NOT NULL,
    after_date_key       INTEGER NOT NULL,
    after_inhabitants    INTEGER NOT NULL,
    after_rate_cents     INTEGER NOT NULL,
    after_amount_cents   INTEGER NOT NULL,
    after_cbs_status     TEXT    NOT NULL,
    after_source_key     INTEGER NOT NULL,
    changed_at           TEXT    NOT NULL
);
CREATE INDEX ix_etl_contribution_change ON etl_contribution_change (year, region_key, status);

DROP VIEW rpt_contribution;
CREATE VIEW rpt_contribution AS
SELECT c.year,
       r.cbs_code,
       r.name                    AS municipality,
       c.status,
       c.is_current,
       d.full_date               AS reference_date,
       c.inhabitants,
       c.rate_cents / 100.0      AS rate,
       c.amount_cents / 100.0    AS amount,
       c.amount_cents,
       c.settlement_cents / 100.0 AS settlement,
       c.settlement_cents,
       c.cbs_status,
       s.origin                  AS source,
       c.computed_at,
       c.cbs_period,
       c.is_frozen,
       (SELECT COUNT(*) FROM etl_contribution_change x
        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status) AS changes
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;

CREATE VIEW rpt_contribution_change AS
SELECT x.year, r.cbs_code, r.name AS municipality, x.status, x.reason, x.applied,
       db.full_date AS before_reference_date, x.before_inhabitants, x.before_rate_cents / 100.0 AS before_rate,
       x.before_amount_cents / 100.0 AS before_amount, x.before_amount_cents, x.before_cbs_status,
       da.full_date AS after_reference_date, x.after_inhabitants, x.after_rate_cents / 100.0 AS after_rate,
       x.after_amount_cents / 100.0 AS after_amount, x.after_amount_cents, x.after_cbs_status,
       x.changed_at
FROM etl_contribution_change x
JOIN dim_region r ON r.region_key = x.region_key
JOIN dim_date db ON db.date_key = x.before_date_key
JOIN dim_date da ON da.date_key = x.after_date_key;

CREATE VIEW rpt_check AS
SELECT k.run_id, k.started_at AS run_started_at, k.status AS run_status, c.check_name, c.category, c.status,
       c.failing_rows, c.sample, c.message, c.checked_at
FROM etl_check c
JOIN etl_check_run k ON k.run_id = c.run_id;

-- Where every figure comes from: the CBS table (period, status, Modified, load) of a contribution, or the file
-- (sheet, row, SHA-256, received at, the deliveries it replaced) of a funding, budget or spending row.
CREATE VIEW rpt_lineage AS
SELECT 'contribution' AS figure, c.year, r.cbs_code, r.name AS municipality, NULL AS partner, c.status AS item, c.status AS detail,
       c.amount_cents, c.amount_cents / 100.0 AS amount, c.inhabitants, c.is_current,
       s.kind AS source_kind, s.origin AS source_origin, s.name AS source_name, c.cbs_period, c.cbs_status,
       s.cbs_modified, NULL AS source_sheet, NULL AS source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_source s ON s.source_key = c.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT 'funding', f.year, r.cbs_code, r.name, NULL, fs.name, fs.kind,
       f.amount_cents, f.amount_cents / 100.0, NULL, 1,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, f.source_sheet, f.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
LEFT JOIN dim_region r ON r.region_key = f.region_key
JOIN dim_source s ON s.source_key = f.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT 'budget_line', b.year, NULL, NULL, NULL, a.name, fs.name,
       b.amount_cents, b.amount_cents / 100.0, NULL, 1,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, b.source_sheet, b.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_budget_line b
JOIN dim_activity a ON a.activity_key = b.activity_key
JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
JOIN dim_source s ON s.source_key = b.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT 'spending', x.year, NULL, NULL, p.name, a.name, x.status,
       x.amount_cents, x.amount_cents / 100.0, NULL, 1,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, x.source_sheet, x.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces
FROM fact_spending x
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_activity a ON a.activity_key = x.activity_key
JOIN dim_source s ON s.source_key = x.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key);
