-- A draft's last status, REPORT_PUBLISHED (V9 added its date), was refused by the status check of V3:
-- publishing a reception report could not be saved.
ALTER TABLE draft DROP CONSTRAINT draft_status_check;
ALTER TABLE draft ADD CONSTRAINT draft_status_check
    CHECK (status IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED'));
