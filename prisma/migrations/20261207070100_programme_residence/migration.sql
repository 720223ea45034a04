-- Programmes gain a residence rule (ADR 0025). The two starting programmes that have one get it
-- where their content does not say yet; every other programme reads as "none" (schema default).
-- Only the current content changes: past versions stay as they were written.
UPDATE programme SET content = jsonb_set(content::jsonb, '{residence}', '"normandy"')
WHERE key = 'pass-monde' AND NOT (content::jsonb ? 'residence');

UPDATE programme SET content = jsonb_set(content::jsonb, '{residence}', '"twinTown"')
WHERE key = 'job-in-der-partnerstadt' AND NOT (content::jsonb ? 'residence');
