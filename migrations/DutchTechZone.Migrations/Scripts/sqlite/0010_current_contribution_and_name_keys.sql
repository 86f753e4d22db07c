-- 1. fact_contribution.is_current: a definitive contribution supersedes the provisional one of the same year and
--    municipality; both stay (the settlement needs the provisional), only one is current for reports.
-- 2. etl_import.request_fingerprint: what a CBS pull asked for (regions, years, topics); an unchanged table is
--    skipped only when the request is unchanged too.
-- 3. name_key / indicator_name_key columns: names matched case-, accent- and hyphen-insensitively, computed by the application, so
--    that replacement works the same in every database. Existing rows get their key from the application
--    (MatchKey) before the next partner load: SQL cannot compute it (accents, hyphens).
ALTER TABLE fact_contribution ADD COLUMN is_current INTEGER NOT NULL DEFAULT 1;
UPDATE fact_contribution SET is_current = 0
WHERE status = 'provisional'
  AND EXISTS (SELECT 1 FROM fact_contribution d
              WHERE d.year = fact_contribution.year AND d.region_key = fact_contribution.region_key AND d.status = 'definitive');

ALTER TABLE etl_import ADD COLUMN request_fingerprint TEXT NULL;

ALTER TABLE dim_partner ADD COLUMN name_key TEXT NULL;
CREATE INDEX ix_dim_partner_name_key ON dim_partner (name_key);

ALTER TABLE dim_activity ADD COLUMN name_key TEXT NULL;
CREATE INDEX ix_dim_activity_name_key ON dim_activity (theme_key, name_key);

ALTER TABLE fact_indicator ADD COLUMN indicator_name_key TEXT NULL;
CREATE INDEX ix_fact_indicator_name_key ON fact_indicator (indicator_name_key, period);

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
       c.computed_at
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;
