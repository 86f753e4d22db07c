-- Board report: whether the regional-figures view (migration 0011) exists in this warehouse.
SELECT COUNT(*) FROM sqlite_master WHERE type = 'view' AND name = 'rpt_regional_figure';
