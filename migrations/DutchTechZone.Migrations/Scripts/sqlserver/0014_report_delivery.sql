-- Board report deliveries (#12); see the SQLite script of the same name for the why.
CREATE TABLE report_delivery (
    delivery_id   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_report_delivery PRIMARY KEY,
    report        nvarchar(32)  NOT NULL,
    period        nvarchar(7)   NOT NULL,
    recipient     nvarchar(320) NOT NULL,
    status        nvarchar(16)  NOT NULL,
    forced        bit           NOT NULL CONSTRAINT df_report_delivery_forced DEFAULT 0,
    message_id    nvarchar(400) NULL,
    detail        nvarchar(max) NULL,
    sent_at       datetime2(3)  NOT NULL
);

CREATE INDEX ix_report_delivery_period ON report_delivery (report, period, recipient);
