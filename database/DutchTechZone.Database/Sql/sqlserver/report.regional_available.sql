-- Board report: whether the regional-figures view (migration 0011) exists in this warehouse.
SELECT CASE WHEN OBJECT_ID(N'dbo.rpt_regional_figure', N'V') IS NULL THEN 0 ELSE 1 END;
