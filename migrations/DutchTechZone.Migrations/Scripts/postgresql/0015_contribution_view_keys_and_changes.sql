-- 0012 (data checks) added cbs_period, is_frozen and changes to rpt_contribution; 0013 (the Power BI contract),
-- written at the same time, recreated the view with its keys but without them. One view with both, columns appended.
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
       c.year * 10000 + 101 AS year_date_key,
       c.cbs_period,
       c.is_frozen,
       (SELECT COUNT(*) FROM etl_contribution_change x
        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status) AS changes
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key;
