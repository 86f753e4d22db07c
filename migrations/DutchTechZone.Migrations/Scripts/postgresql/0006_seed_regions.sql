-- The partner municipalities and the regions above them (CBS codes; COROP per the CBS region listing).
INSERT INTO dim_region (cbs_code, name, region_type, corop_code, province_code, is_partner) VALUES
    ('NL01',   'Nederland',          'land',      NULL,   NULL,   false),
    ('PV22',   'Drenthe',            'provincie', NULL,   NULL, false),
    ('PV23',   'Overijssel',         'provincie', NULL,   NULL, false),
    ('CR08',   'Zuidoost-Drenthe',   'corop',     NULL,   'PV22', false),
    ('CR09',   'Zuidwest-Drenthe',   'corop',     NULL,   'PV22', false),
    ('CR10',   'Noord-Overijssel',   'corop',     NULL,   'PV23', false),
    ('GM0114', 'Emmen',              'gemeente',  'CR08', 'PV22', true),
    ('GM1681', 'Borger-Odoorn',      'gemeente',  'CR08', 'PV22', true),
    ('GM0109', 'Coevorden',          'gemeente',  'CR08', 'PV22', true),
    ('GM0160', 'Hardenberg',         'gemeente',  'CR10', 'PV23', true),
    ('GM0118', 'Hoogeveen',          'gemeente',  'CR09', 'PV22', true);
