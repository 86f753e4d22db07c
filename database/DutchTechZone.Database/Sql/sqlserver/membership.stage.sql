-- One row per municipality of a "Gebieden in Nederland <year>" table: its name, COROP area and province that year.
-- Session-local, filled by SqlBulkCopy; sent without parameters so #stg_region_membership outlives the command.
DROP TABLE IF EXISTS #stg_region_membership;
CREATE TABLE #stg_region_membership (
    cbs_code       nvarchar(16)  COLLATE DATABASE_DEFAULT NOT NULL,
    name           nvarchar(200) COLLATE DATABASE_DEFAULT NOT NULL,
    corop_code     nvarchar(16)  COLLATE DATABASE_DEFAULT NULL,
    corop_name     nvarchar(200) COLLATE DATABASE_DEFAULT NULL,
    province_code  nvarchar(16)  COLLATE DATABASE_DEFAULT NULL,
    province_name  nvarchar(200) COLLATE DATABASE_DEFAULT NULL
);
