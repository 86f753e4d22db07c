-- A region code that started or ended during a table's series: the dates are set once, never overwritten (history).
UPDATE dim_region
SET valid_from = COALESCE(valid_from, @ValidFrom),
    valid_to   = COALESCE(valid_to, @ValidTo)
WHERE region_key = @RegionKey;
