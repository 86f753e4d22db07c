-- One partner-file load at a time per warehouse (replacement deletes and inserts must not interleave); released at commit.
SELECT pg_advisory_xact_lock(4478032);
