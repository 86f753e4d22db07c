INSERT INTO dim_activity (theme_key, name, name_key)
SELECT t.theme_key, @Activity, @ActivityKey
FROM dim_theme t
WHERE t.theme_number = @Theme
  AND NOT EXISTS (SELECT 1 FROM dim_activity a WHERE a.theme_key = t.theme_key AND a.name_key = @ActivityKey);
