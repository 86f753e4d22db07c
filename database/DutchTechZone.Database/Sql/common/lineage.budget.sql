-- Where each figure of a year's budget comes from (rpt_lineage): the current contributions (optionally of one
-- municipality) and every funding, budget and spending row in force, with file, sheet, row and SHA-256; whether a
-- contribution is frozen (invoiced).
SELECT figure AS Figure, cbs_code AS CbsCode, municipality AS Municipality, partner AS Partner, item AS Item,
       detail AS Detail, amount_cents AS AmountCents, inhabitants AS Inhabitants, source_kind AS SourceKind,
       source_origin AS SourceOrigin, source_name AS SourceName, cbs_period AS CbsPeriod, cbs_status AS CbsStatus,
       cbs_modified AS CbsModified, source_sheet AS SourceSheet, source_row AS SourceRow, content_hash AS ContentHash,
       received_at AS ReceivedAt, loaded_at AS LoadedAt, import_id AS ImportId, replaces AS Replaces,
       CASE WHEN figure <> 'contribution' THEN NULL WHEN is_frozen = @True THEN 1 ELSE 0 END AS Frozen
FROM rpt_lineage
WHERE year = @Year
  AND (figure <> 'contribution' OR is_current = @True)
  AND (@CbsCode IS NULL OR cbs_code IS NULL OR cbs_code = @CbsCode)
ORDER BY figure, cbs_code, source_name, source_row;
