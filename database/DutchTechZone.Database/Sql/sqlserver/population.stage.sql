-- Session-local staging table, filled by SqlBulkCopy. Sent WITHOUT parameters, so SqlClient runs it as a plain
-- batch (not sp_executesql) and #stg_population outlives the command. COLLATE DATABASE_DEFAULT: tempdb may have
-- another collation than the warehouse, and the merge joins these columns to dim_region / dim_measure.
DROP TABLE IF EXISTS #stg_population;
CREATE TABLE #stg_population (
    cbs_code     nvarchar(16)  COLLATE DATABASE_DEFAULT NOT NULL,
    table_id     nvarchar(32)  COLLATE DATABASE_DEFAULT NOT NULL,
    topic_key    nvarchar(128) COLLATE DATABASE_DEFAULT NOT NULL,
    date_key     int           NOT NULL,
    inhabitants  bigint        NOT NULL,
    cbs_period   nvarchar(16)  COLLATE DATABASE_DEFAULT NOT NULL,
    cbs_status   nvarchar(32)  COLLATE DATABASE_DEFAULT NOT NULL
);
