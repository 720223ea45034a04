-- Reference data seeded with a straight apostrophe gets the typographic one (’), as the seed list
-- now has it (issue 24). Only rows that still hold the seeded text change: a name staff have
-- edited stays as they wrote it.
UPDATE "school"
SET "name" = 'Lycée professionnel des métiers de l’industrie, Rouen'
WHERE "key" = 'lp-industrie-rouen' AND "name" = 'Lycée professionnel des métiers de l''industrie, Rouen';

UPDATE "school"
SET "name" = 'Lycée professionnel de l’automobile, Cherbourg-en-Cotentin'
WHERE "key" = 'lp-automobile-cherbourg' AND "name" = 'Lycée professionnel de l''automobile, Cherbourg-en-Cotentin';

UPDATE "occupational_field"
SET "name_fr" = 'Pilotage & maintenance d’installations automatisées'
WHERE "key" = 'mechatronics' AND "name_fr" = 'Pilotage & maintenance d''installations automatisées';
