INSERT INTO dim_activity (theme_key, name)
SELECT t.theme_key, @Activity
FROM dim_theme t
WHERE t.theme_number = @Theme
  AND NOT EXISTS (SELECT 1 FROM dim_activity a WHERE a.theme_key = t.theme_key AND lower(a.name) = lower(@Activity));
