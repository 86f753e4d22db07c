-- One combination of the other dimension categories of a table; returns its key.
INSERT INTO dim_category (table_id, categories, categories_title)
VALUES (@TableId, @Categories, @CategoriesTitle)
ON CONFLICT (table_id, categories) DO UPDATE SET categories_title = excluded.categories_title
RETURNING category_key;
