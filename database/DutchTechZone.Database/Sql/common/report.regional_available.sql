-- Board report: whether the regional-figures view (migration 0011) exists in this warehouse.
SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'rpt_regional_figure';
