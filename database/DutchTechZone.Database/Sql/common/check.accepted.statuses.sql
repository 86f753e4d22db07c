-- accepted values: contribution, spending, CBS and import statuses.
SELECT CONCAT('fact_contribution ', c.year, '/', c.region_key, ': status ''', c.status, '''') AS failing_row
FROM fact_contribution c WHERE c.status NOT IN ('provisional', 'definitive')
UNION ALL
SELECT CONCAT('fact_contribution ', c.year, '/', c.region_key, '/', c.status, ': cbs_status ''', c.cbs_status, '''')
FROM fact_contribution c WHERE c.cbs_status NOT IN ('Definitief', 'Voorlopig', 'Nader voorlopig')
UNION ALL
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': cbs_status ''', f.cbs_status, '''')
FROM fact_population f WHERE f.cbs_status NOT IN ('Definitief', 'Voorlopig', 'Nader voorlopig')
UNION ALL
SELECT CONCAT('fact_spending ', x.spending_key, ' (rij ', x.source_row, '): status ''', x.status, '''')
FROM fact_spending x WHERE x.status NOT IN ('Verplicht', 'Betaald')
UNION ALL
SELECT CONCAT('etl_import ', i.import_id, ' ', i.name, ': status ''', i.status, ''', soort ''', i.kind, '''')
FROM etl_import i
WHERE i.status NOT IN ('running', 'loaded', 'skipped', 'duplicate', 'rejected', 'failed', 'interrupted')
   OR i.kind NOT IN ('cbs', 'cbs_figures', 'file');
