-- accepted values of the regional figures (#9): period types, CBS status; a missing value says why (symbol).
SELECT CONCAT('dim_period ', p.period, ': period_type ''', p.period_type, '''') AS failing_row
FROM dim_period p WHERE p.period_type NOT IN ('jaar', 'kwartaal', 'maand', 'overig') OR p.period_start > p.period_end
UNION ALL
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': cbs_status ''', f.cbs_status, '''')
FROM fact_regional_figure f WHERE f.cbs_status IS NOT NULL AND f.cbs_status NOT IN ('Definitief', 'Voorlopig', 'Nader voorlopig');
