-- The reporting contract for Power BI (#11): dimension views with their keys, and the keys added to the fact views
-- (columns are only ever added, at the end; never renamed or removed). Power BI reads rpt_ views only.
-- PostgreSQL: money is exact numeric(18, 2) (amount, rate, settlement, value) beside the integer *_cents columns;
-- dates are date, timestamps timestamptz, booleans boolean, date_key integer yyyymmdd (joins rpt_date).
CREATE VIEW rpt_date AS
SELECT date_key, full_date, year, quarter, month, day, month_name, year_month, is_month_end,
       'K' || quarter AS quarter_name
FROM dim_date;

CREATE VIEW rpt_measure AS
SELECT measure_key, table_id, topic_key AS measure, cbs_key, title AS measure_title, unit, decimals, counts_at
FROM dim_measure;

CREATE VIEW rpt_source AS
SELECT source_key, kind, origin, name, cbs_modified, content_hash, url, received_at, loaded_at
FROM dim_source;

CREATE VIEW rpt_theme AS
SELECT theme_key, theme_number, name
FROM dim_theme;

CREATE VIEW rpt_funding_source AS
SELECT funding_source_key, name, kind
FROM dim_funding_source;

CREATE VIEW rpt_partner AS
SELECT partner_key, name, partner_type
FROM dim_partner;

CREATE VIEW rpt_activity AS
SELECT a.activity_key, a.theme_key, a.name, t.theme_number, t.name AS theme
FROM dim_activity a
JOIN dim_theme t ON t.theme_key = a.theme_key;

CREATE VIEW rpt_import AS
SELECT import_id, kind, name, origin, source_key, status, rows_written, started_at, finished_at, message
FROM etl_import;

CREATE VIEW rpt_rejection AS
SELECT rejection_id, import_id, file_name, sheet, row_number, column_name, value, message
FROM etl_rejection;

DROP VIEW rpt_population;
CREATE VIEW rpt_population AS
SELECT r.cbs_code,
       r.name            AS municipality,
       r.region_type,
       r.is_partner,
       d.full_date       AS reference_date,
       d.year,
       m.table_id,
       m.topic_key       AS measure,
       m.title           AS measure_title,
       m.counts_at,
       f.inhabitants,
       f.cbs_period,
       f.cbs_status,
       s.origin          AS source,
       s.cbs_modified    AS source_modified,
       f.loaded_at,
       f.region_key,
       f.date_key,
       f.measure_key,
       f.source_key
FROM fact_population f
JOIN dim_region  r ON r.region_key  = f.region_key
JOIN dim_date    d ON d.date_key    = f.date_key
JOIN dim_measure m ON m.measure_key = f.measure_key
JOIN dim_source  s ON s.source_key  = f.source_key;

DROP VIEW rpt_contribution;
CREATE VIEW rpt_contribution AS
SELECT c.year,
       r.cbs_code,
       r.name                    AS municipality,
       c.status,
       c.is_current,
       d.full_date               AS reference_date,
       c.inhabitants,
       CAST(c.rate_cents AS numeric(18, 2)) / 100      AS rate,
       CAST(c.amount_cents AS numeric(18, 2)) / 100    AS amount,
       c.amount_cents,
       CAST(c.settlement_cents AS numeric(18, 2)) / 100 AS settlement,
       c.settlement_cents,
       c.cbs_status,
       s.origin                  AS source,
       c.computed_at,
       c.region_key,
       c.date_key,
       c.source_key,
       c.rate_cents,
       CASE c.status WHEN 'definitive' THEN 'definitief' ELSE 'voorlopig' END AS status_label,
       c.year * 10000 + 101 AS year_date_key
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;

DROP VIEW rpt_funding;
CREATE VIEW rpt_funding AS
SELECT f.year, fs.name AS funding_source, fs.kind AS funding_kind, r.cbs_code, r.name AS municipality,
       CAST(f.amount_cents AS numeric(18, 2)) / 100 AS amount, f.amount_cents, f.note,
       s.name AS source_file, s.content_hash AS source_hash, s.received_at, f.source_row,
       f.funding_key, f.funding_source_key, f.region_key, f.source_key,
       f.year * 10000 + 101 AS date_key
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
LEFT JOIN dim_region r ON r.region_key = f.region_key
JOIN dim_source s ON s.source_key = f.source_key;

DROP VIEW rpt_budget_line;
CREATE VIEW rpt_budget_line AS
SELECT b.year, t.theme_number, t.name AS theme, a.name AS activity, fs.name AS funding_source, fs.kind AS funding_kind,
       CAST(b.amount_cents AS numeric(18, 2)) / 100 AS amount, b.amount_cents, b.note,
       s.name AS source_file, s.received_at, b.source_row,
       b.budget_line_key, b.theme_key, b.activity_key, b.funding_source_key, b.source_key,
       b.year * 10000 + 101 AS date_key
FROM fact_budget_line b
JOIN dim_theme t ON t.theme_key = b.theme_key
JOIN dim_activity a ON a.activity_key = b.activity_key
JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
JOIN dim_source s ON s.source_key = b.source_key;

DROP VIEW rpt_spending;
CREATE VIEW rpt_spending AS
SELECT d.full_date AS spending_date, x.year, p.name AS partner, t.theme_number, t.name AS theme, a.name AS activity,
       x.description, x.reference, x.status, CAST(x.amount_cents AS numeric(18, 2)) / 100 AS amount, x.amount_cents,
       s.name AS source_file, s.received_at, x.source_row,
       x.spending_key, x.date_key, x.partner_key, x.theme_key, x.activity_key, x.source_key
FROM fact_spending x
JOIN dim_date d ON d.date_key = x.date_key
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_theme t ON t.theme_key = x.theme_key
JOIN dim_activity a ON a.activity_key = x.activity_key
JOIN dim_source s ON s.source_key = x.source_key;

DROP VIEW rpt_capacity;
CREATE VIEW rpt_capacity AS
SELECT c.period, ds.full_date AS period_start, de.full_date AS period_end, p.name AS partner, c.partner_type,
       c.hours, CAST(c.hourly_rate_cents AS numeric(18, 2)) / 100 AS hourly_rate, CAST(c.value_cents AS numeric(18, 2)) / 100 AS value, c.value_cents,
       s.name AS source_file, s.received_at, c.source_row,
       c.capacity_key, c.partner_key, c.period_start_key AS date_key, c.period_end_key, c.source_key,
       c.hourly_rate_cents
FROM fact_capacity c
JOIN dim_date ds ON ds.date_key = c.period_start_key
JOIN dim_date de ON de.date_key = c.period_end_key
JOIN dim_partner p ON p.partner_key = c.partner_key
JOIN dim_source s ON s.source_key = c.source_key;

DROP VIEW rpt_indicator;
CREATE VIEW rpt_indicator AS
SELECT i.period, ds.full_date AS period_start, de.full_date AS period_end, i.indicator, r.cbs_code, r.name AS municipality,
       i.value, i.target, i.unit, s.name AS source_file, s.received_at, i.source_row,
       i.indicator_key, i.region_key, i.period_start_key AS date_key, i.period_end_key, i.source_key
FROM fact_indicator i
JOIN dim_date ds ON ds.date_key = i.period_start_key
JOIN dim_date de ON de.date_key = i.period_end_key
LEFT JOIN dim_region r ON r.region_key = i.region_key
JOIN dim_source s ON s.source_key = i.source_key;
