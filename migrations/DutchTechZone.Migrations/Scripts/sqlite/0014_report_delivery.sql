-- Board report deliveries (#12): one row per report period and recipient per send attempt. A period counts as sent
-- to a recipient once a row with status 'sent' exists; 'refused' rows record a recipient the SMTP server refused.
-- No unique key on (period, recipient): a forced resend (dtz report --send --force) adds rows, it does not overwrite.
CREATE TABLE report_delivery (
    delivery_id   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    report        TEXT    NOT NULL,                      -- board-report
    period        TEXT    NOT NULL,                      -- YYYY-MM
    recipient     TEXT    NOT NULL,
    status        TEXT    NOT NULL,                      -- sent | refused
    forced        INTEGER NOT NULL DEFAULT 0,
    message_id    TEXT    NULL,
    detail        TEXT    NULL,                          -- the server's answer for a refused recipient
    sent_at       TEXT    NOT NULL
);
CREATE INDEX ix_report_delivery_period ON report_delivery (report, period, recipient);
