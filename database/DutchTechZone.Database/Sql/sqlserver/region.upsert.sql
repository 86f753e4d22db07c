-- A region CBS names that the warehouse does not know yet; known regions keep their curated names and flags.
-- UPDLOCK + HOLDLOCK: two loads adding the same new region take turns instead of one failing on the unique key.
INSERT INTO dim_region (cbs_code, name, region_type, is_partner)
SELECT @CbsCode, @Name, @RegionType, @IsPartner
WHERE NOT EXISTS (SELECT 1 FROM dim_region WITH (UPDLOCK, HOLDLOCK) WHERE cbs_code = @CbsCode);
