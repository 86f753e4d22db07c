-- 0017 (issue #10, no silent change): each contribution says whether it is frozen (invoiced: the provisional
-- contribution of an adopted budget from CBS figures) and shows its last recorded change (before, after, why, when,
-- applied or not) in rpt_lineage and rpt_contribution. Columns appended only; earlier columns unchanged.
DROP VIEW rpt_lineage;
CREATE VIEW rpt_lineage AS
SELECT CAST('contribution' AS varchar(16)) AS figure, c.year, r.cbs_code, r.name AS municipality,
       CAST(NULL AS varchar(400)) AS partner, CAST(c.status AS varchar(400)) AS item, CAST(c.status AS varchar(400)) AS detail,
       c.amount_cents, CAST(c.amount_cents AS numeric(18, 2)) / 100 AS amount, c.inhabitants, c.is_current,
       s.kind AS source_kind, s.origin AS source_origin, s.name AS source_name, c.cbs_period, c.cbs_status,
       s.cbs_modified, CAST(NULL AS varchar(200)) AS source_sheet, CAST(NULL AS integer) AS source_row,
       s.content_hash, s.received_at, s.loaded_at, i.import_id, i.replaces,
       c.is_frozen,
       (SELECT COUNT(*) FROM etl_contribution_change x
        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status) AS changes,
       lc.reason AS last_change_reason, lc.applied AS last_change_applied,
       lc.before_amount_cents AS last_change_before_amount_cents, lc.after_amount_cents AS last_change_after_amount_cents,
       lc.changed_at AS last_change_at
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_source s ON s.source_key = c.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
LEFT JOIN etl_contribution_change lc ON lc.change_id = (SELECT MAX(x.change_id) FROM etl_contribution_change x
                                                        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status)
UNION ALL
SELECT 'funding', f.year, r.cbs_code, r.name, NULL, fs.name, fs.kind,
       f.amount_cents, CAST(f.amount_cents AS numeric(18, 2)) / 100, NULL, true,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, f.source_sheet, f.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
LEFT JOIN dim_region r ON r.region_key = f.region_key
JOIN dim_source s ON s.source_key = f.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT 'budget_line', b.year, NULL, NULL, NULL, a.name, fs.name,
       b.amount_cents, CAST(b.amount_cents AS numeric(18, 2)) / 100, NULL, true,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, b.source_sheet, b.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM fact_budget_line b
JOIN dim_activity a ON a.activity_key = b.activity_key
JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
JOIN dim_source s ON s.source_key = b.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key)
UNION ALL
SELECT 'spending', x.year, NULL, NULL, p.name, a.name, x.status,
       x.amount_cents, CAST(x.amount_cents AS numeric(18, 2)) / 100, NULL, true,
       s.kind, s.origin, s.name, NULL, NULL,
       NULL, x.source_sheet, x.source_row, s.content_hash, s.received_at, s.loaded_at,
       i.import_id, i.replaces,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM fact_spending x
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_activity a ON a.activity_key = x.activity_key
JOIN dim_source s ON s.source_key = x.source_key
LEFT JOIN etl_import i ON i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.source_key = s.source_key);

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
        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status) AS changes,
       lc.reason              AS last_change_reason,
       lc.applied             AS last_change_applied,
       lc.before_amount_cents AS last_change_before_amount_cents,
       lc.after_amount_cents  AS last_change_after_amount_cents,
       lc.changed_at          AS last_change_at
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key
LEFT JOIN etl_contribution_change lc ON lc.change_id = (SELECT MAX(x.change_id) FROM etl_contribution_change x
                                                        WHERE x.year = c.year AND x.region_key = c.region_key AND x.status = c.status);
