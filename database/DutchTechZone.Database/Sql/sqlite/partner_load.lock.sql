-- SQLite: the load's write transaction already excludes every other writer; nothing more to take.
SELECT 1;
