-- See the SQLite script of the same name for the why. Columns added in one batch are used in the next (GO).
ALTER TABLE fact_contribution ADD is_current bit NOT NULL CONSTRAINT df_fact_contribution_is_current DEFAULT 1;
ALTER TABLE etl_import ADD request_fingerprint nvarchar(64) NULL;
ALTER TABLE dim_partner ADD name_key nvarchar(400) NULL;
ALTER TABLE dim_activity ADD name_key nvarchar(400) NULL;
ALTER TABLE fact_indicator ADD indicator_name_key nvarchar(400) NULL;
GO

UPDATE fact_contribution SET is_current = 0
WHERE status = N'provisional'
  AND EXISTS (SELECT 1 FROM fact_contribution d
              WHERE d.year = fact_contribution.year AND d.region_key = fact_contribution.region_key AND d.status = N'definitive');
CREATE INDEX ix_dim_partner_name_key ON dim_partner (name_key);
CREATE INDEX ix_dim_activity_name_key ON dim_activity (theme_key, name_key);
CREATE INDEX ix_fact_indicator_name_key ON fact_indicator (indicator_name_key, period);
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
       c.computed_at
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;
GO
