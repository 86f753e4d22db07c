-- A municipality the warehouse does not know inserts nothing (the loader then fails the load), never a whole-region row.
INSERT INTO fact_funding (year, funding_source_key, region_key, amount_cents, note, source_key, source_row, source_sheet)
SELECT @Year, fs.funding_source_key, (SELECT r.region_key FROM dim_region r WHERE r.cbs_code = @CbsCode),
       @AmountCents, @Note, @SourceKey, @SourceRow, @SourceSheet
FROM dim_funding_source fs
WHERE fs.name = @FundingSource
  AND (@CbsCode IS NULL OR EXISTS (SELECT 1 FROM dim_region r WHERE r.cbs_code = @CbsCode));
