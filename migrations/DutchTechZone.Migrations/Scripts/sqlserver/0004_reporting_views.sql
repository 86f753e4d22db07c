-- Reporting views: the contract Power BI and the board report read. CREATE VIEW must be alone in its batch:
-- DbUp splits this script on GO. Money leaves the warehouse as exact decimal(18, 2) (cents / 100.0 is
-- decimal arithmetic, never float).
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
       f.loaded_at
FROM fact_population f
JOIN dim_region  r ON r.region_key  = f.region_key
JOIN dim_date    d ON d.date_key    = f.date_key
JOIN dim_measure m ON m.measure_key = f.measure_key
JOIN dim_source  s ON s.source_key  = f.source_key;
GO

CREATE VIEW rpt_contribution AS
SELECT c.year,
       r.cbs_code,
       r.name                                               AS municipality,
       c.status,
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
