-- not null: names are matched on their key; rows stored before keys existed get theirs at the next partner load (warning).
SELECT CONCAT('dim_partner ', partner_key, ' ''', name, ''': name_key ontbreekt') AS failing_row FROM dim_partner WHERE name_key IS NULL
UNION ALL
SELECT CONCAT('dim_activity ', activity_key, ' ''', name, ''': name_key ontbreekt') FROM dim_activity WHERE name_key IS NULL
UNION ALL
SELECT CONCAT('fact_indicator ', indicator_key, ' ''', indicator, ''': indicator_name_key ontbreekt') FROM fact_indicator WHERE indicator_name_key IS NULL;
