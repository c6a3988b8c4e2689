-- A grading's result is written once and always read whole; nothing queries inside it.
-- json keeps the text as sent, where jsonb parsed every result into its binary form on write:
-- about twice the database's CPU time for a large result (the activation curves, ~25 kB).
ALTER TABLE submissions ALTER COLUMN result TYPE json USING result::json;
