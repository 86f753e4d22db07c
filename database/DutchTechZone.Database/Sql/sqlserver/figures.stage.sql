-- Session-local staging table, filled by SqlBulkCopy; sent without parameters so #stg_regional_figure outlives the command.
DROP TABLE IF EXISTS #stg_regional_figure;
CREATE TABLE #stg_regional_figure (
    measure_key   int             NOT NULL,
    region_key    int             NOT NULL,
    category_key  int             NOT NULL,
    period_key    int             NOT NULL,
    value         decimal(38, 10) NULL,
    value_symbol  nvarchar(8)     COLLATE DATABASE_DEFAULT NULL,
    value_text    nvarchar(max)   COLLATE DATABASE_DEFAULT NULL,
    cbs_status    nvarchar(32)    COLLATE DATABASE_DEFAULT NULL
);
