-- When a CBS import last succeeded (loaded or found unchanged): the age that /health reports.
SELECT MAX(finished_at) AS At FROM etl_import WHERE kind = 'cbs' AND status IN ('loaded', 'skipped');
