-- A region CBS names that the warehouse does not know yet; known regions keep their curated names and flags.
INSERT INTO dim_region (cbs_code, name, region_type, is_partner)
SELECT @CbsCode, @Name, @RegionType, @IsPartner
WHERE NOT EXISTS (SELECT 1 FROM dim_region WHERE cbs_code = @CbsCode);
