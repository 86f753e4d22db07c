-- The cheapest statement that proves the warehouse answers and is migrated (a real table, not just a connection).
SELECT COUNT(*) FROM etl_import WHERE import_id < 0;
