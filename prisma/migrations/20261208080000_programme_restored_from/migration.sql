-- A programme version that brings back an earlier one says which (staff's "restore" on the
-- version history). Versions written by an ordinary save keep it empty.
ALTER TABLE programme_version ADD COLUMN restored_from INTEGER;
