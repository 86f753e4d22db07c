-- How many successful regional-figures loads of a CBS table came from an origin (CBS or the bundled sample).
SELECT COUNT(*) FROM etl_import WHERE kind = 'cbs_figures' AND name = @TableId AND origin = @Origin AND status = 'loaded';
