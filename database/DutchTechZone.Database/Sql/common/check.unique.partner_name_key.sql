-- unique: a partner is one name key (case, accents, hyphens ignored); two rows would split its spending.
SELECT CONCAT('dim_partner ''', MIN(name), ''' (sleutel ', name_key, '): ', COUNT(*), ' rijen') AS failing_row
FROM dim_partner
WHERE name_key IS NOT NULL
GROUP BY name_key
HAVING COUNT(*) > 1;
