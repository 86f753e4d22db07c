-- One combination of the other dimension categories of a table; returns its key.
MERGE dim_category WITH (HOLDLOCK) AS t
USING (VALUES (@TableId, @Categories, @CategoriesTitle)) AS s (table_id, categories, categories_title)
   ON t.table_id = s.table_id AND t.categories = s.categories
WHEN MATCHED THEN UPDATE SET categories_title = s.categories_title
WHEN NOT MATCHED BY TARGET THEN
    INSERT (table_id, categories, categories_title) VALUES (s.table_id, s.categories, s.categories_title)
OUTPUT INSERTED.category_key;
