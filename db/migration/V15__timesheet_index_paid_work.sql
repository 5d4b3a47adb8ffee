-- Paid work of a period (the costs page, its totals and CSV) is read by kind, status and day.
CREATE INDEX timesheet_entry_kind_day ON timesheet_entry (kind, status, local_date);
