-- unique: an activity is one name key per theme.
SELECT CONCAT('dim_activity thema ', theme_key, ' ''', MIN(name), ''' (sleutel ', name_key, '): ', COUNT(*), ' rijen') AS failing_row
FROM dim_activity
WHERE name_key IS NOT NULL
GROUP BY theme_key, name_key
HAVING COUNT(*) > 1;
