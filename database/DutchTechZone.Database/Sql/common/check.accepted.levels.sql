-- accepted values: region levels, kinds of funding source and lineage, partner types, when a count is taken.
SELECT CONCAT('dim_region ', r.cbs_code, ': region_type ''', r.region_type, '''') AS failing_row
FROM dim_region r WHERE r.region_type NOT IN ('gemeente', 'corop', 'provincie', 'land')
UNION ALL
SELECT CONCAT('dim_funding_source ', f.name, ': kind ''', f.kind, '''')
FROM dim_funding_source f WHERE f.kind NOT IN ('contribution', 'carry_over', 'network_plan', 'network_plan_reserve', 'co_financing', 'other')
UNION ALL
SELECT CONCAT('dim_source ', s.source_key, ' ', s.name, ': kind ''', s.kind, ''', origin ''', s.origin, '''')
FROM dim_source s
WHERE s.kind NOT IN ('cbs_table', 'file') OR s.origin NOT IN ('CBS', 'bundled sample', 'partner file')
UNION ALL
SELECT CONCAT('dim_measure ', m.table_id, ' ', m.topic_key, ': counts_at ''', m.counts_at, '''')
FROM dim_measure m WHERE m.counts_at IS NOT NULL AND m.counts_at NOT IN ('start_of_day', 'end_of_day')
UNION ALL
SELECT CONCAT('fact_capacity ', c.capacity_key, ' (rij ', c.source_row, '): partner_type ''', c.partner_type, '''')
FROM fact_capacity c WHERE c.partner_type NOT IN ('Overheid', 'Ondernemers', 'Onderwijs', 'Kennisinstelling', 'Innovatie-ecosysteem');
