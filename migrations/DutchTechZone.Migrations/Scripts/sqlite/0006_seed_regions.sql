-- The partner municipalities and the regions above them (CBS codes; COROP per the CBS region listing).
INSERT INTO dim_region (cbs_code, name, region_type, corop_code, province_code, is_partner) VALUES
    ('NL01',   'Nederland',          'land',      NULL,   NULL,   0),
    ('PV22',   'Drenthe',            'provincie', NULL,   NULL,   0),
    ('PV23',   'Overijssel',         'provincie', NULL,   NULL,   0),
    ('CR08',   'Zuidoost-Drenthe',   'corop',     NULL,   'PV22', 0),
    ('CR09',   'Zuidwest-Drenthe',   'corop',     NULL,   'PV22', 0),
    ('CR10',   'Noord-Overijssel',   'corop',     NULL,   'PV23', 0),
    ('GM0114', 'Emmen',              'gemeente',  'CR08', 'PV22', 1),
    ('GM1681', 'Borger-Odoorn',      'gemeente',  'CR08', 'PV22', 1),
    ('GM0109', 'Coevorden',          'gemeente',  'CR08', 'PV22', 1),
    ('GM0160', 'Hardenberg',         'gemeente',  'CR10', 'PV23', 1),
    ('GM0118', 'Hoogeveen',          'gemeente',  'CR09', 'PV22', 1);
