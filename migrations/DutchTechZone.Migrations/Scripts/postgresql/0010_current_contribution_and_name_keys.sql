-- See the SQLite script of the same name for the why.
ALTER TABLE fact_contribution ADD COLUMN is_current boolean NOT NULL DEFAULT true;
UPDATE fact_contribution SET is_current = false
WHERE status = 'provisional'
  AND EXISTS (SELECT 1 FROM fact_contribution d
              WHERE d.year = fact_contribution.year AND d.region_key = fact_contribution.region_key AND d.status = 'definitive');

ALTER TABLE etl_import ADD COLUMN request_fingerprint varchar(64) NULL;

ALTER TABLE dim_partner ADD COLUMN name_key varchar(400) NULL;
CREATE INDEX ix_dim_partner_name_key ON dim_partner (name_key);

ALTER TABLE dim_activity ADD COLUMN name_key varchar(400) NULL;
CREATE INDEX ix_dim_activity_name_key ON dim_activity (theme_key, name_key);

ALTER TABLE fact_indicator ADD COLUMN indicator_name_key varchar(400) NULL;
CREATE INDEX ix_fact_indicator_name_key ON fact_indicator (indicator_name_key, period);

DROP VIEW rpt_contribution;
CREATE VIEW rpt_contribution AS
SELECT c.year,
       r.cbs_code,
       r.name                                       AS municipality,
       c.status,
       c.is_current,
       d.full_date                                  AS reference_date,
       c.inhabitants,
       CAST(c.rate_cents AS numeric(18, 2)) / 100   AS rate,
       CAST(c.amount_cents AS numeric(18, 2)) / 100 AS amount,
       c.amount_cents,
       CAST(c.settlement_cents AS numeric(18, 2)) / 100 AS settlement,
       c.settlement_cents,
       c.cbs_status,
       s.origin                                     AS source,
       c.computed_at
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;
