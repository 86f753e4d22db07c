-- Board report: whether the regional-figures view (migration 0011) exists in this warehouse.
SELECT COUNT(*) FROM information_schema.views WHERE table_name = 'rpt_regional_figure';
