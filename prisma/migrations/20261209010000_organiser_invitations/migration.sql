-- Organiser teams (issue 17): an owner invites colleagues by a one-time link, like a company
-- owner (ADR 0029). The link lives in one_time_token under its own purpose; its data names the
-- organiser and who invited.

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'ORGANISER_INVITE' AFTER 'COMPANY_INVITE';
