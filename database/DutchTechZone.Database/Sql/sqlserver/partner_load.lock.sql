-- One partner-file load at a time per warehouse (replacement deletes and inserts must not interleave); released at commit.
EXEC sp_getapplock @Resource = N'dtz-partner-load', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 300000;
