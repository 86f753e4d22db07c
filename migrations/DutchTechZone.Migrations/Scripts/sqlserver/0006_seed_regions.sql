-- The partner municipalities and the regions above them (CBS codes; COROP per the CBS region listing).
INSERT INTO dim_region (cbs_code, name, region_type, corop_code, province_code, is_partner) VALUES
    (N'NL01',   N'Nederland',          N'land',      NULL,    NULL,    0),
    (N'PV22',   N'Drenthe',            N'provincie', NULL,    NULL,    0),
    (N'PV23',   N'Overijssel',         N'provincie', NULL,    NULL,    0),
    (N'CR08',   N'Zuidoost-Drenthe',   N'corop',     NULL,    N'PV22', 0),
    (N'CR09',   N'Zuidwest-Drenthe',   N'corop',     NULL,    N'PV22', 0),
    (N'CR10',   N'Noord-Overijssel',   N'corop',     NULL,    N'PV23', 0),
    (N'GM0114', N'Emmen',              N'gemeente',  N'CR08', N'PV22', 1),
    (N'GM1681', N'Borger-Odoorn',      N'gemeente',  N'CR08', N'PV22', 1),
    (N'GM0109', N'Coevorden',          N'gemeente',  N'CR08', N'PV22', 1),
    (N'GM0160', N'Hardenberg',         N'gemeente',  N'CR10', N'PV23', 1),
    (N'GM0118', N'Hoogeveen',          N'gemeente',  N'CR09', N'PV22', 1);
