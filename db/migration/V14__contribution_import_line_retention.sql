-- The staged lines of a payments file are kept while they are useful and then deleted (they repeat
-- bank data: names, concepts, references). A batch records when it was committed or discarded
-- (closed_at) and when its lines were deleted; the batch row and its counts stay.
ALTER TABLE contribution_import_batch ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contribution_import_batch ADD COLUMN lines_deleted_at TIMESTAMP WITH TIME ZONE;
UPDATE contribution_import_batch SET closed_at = committed_at WHERE status = 'COMMITTED';
UPDATE contribution_import_batch SET closed_at = uploaded_at WHERE status = 'DISCARDED';
CREATE INDEX contribution_import_batch_lines_kept ON contribution_import_batch (lines_deleted_at, status);
