/**
 * Quick-scan questions taken out of the set by a later catalog version, as they were when they were asked.
 * Answers already given to them are kept: each still counts for the items it covered until a current question
 * answers those items, and assessment exports and backups that hold them still import. An id listed here is
 * never used again.
 *
 * Retired in catalog 2022.2.0: "quick.access-management" asked four things at once and mixed managing
 * passwords and secrets (A.5.17) with a second sign-in step (A.8.5); it became "quick.access-rights" and
 * "quick.multi-factor". "quick.risk-treatment" and "quick.operation-records" became one question,
 * "quick.risk-treatment-plan", to make room for "quick.privacy".
 */
import type { QuestionData } from '../catalog/types';

export const retiredQuestions = [
  {
    id: 'quick.access-management',
    text: 'Is access to systems granted only with approval, removed promptly when people leave, reviewed regularly and protected by MFA?',
    help: 'Good: a written access policy, tickets showing approval for every grant and timely removal for leavers, periodic access reviews with fixes recorded, a short list of admin accounts and multi-factor login on important systems.',
    covers: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.3', 'A.8.5'],
    section: 'A.5',
  },
  {
    id: 'quick.risk-treatment',
    text: 'For each significant risk, have you decided what to do about it, listed which controls you use and why, and tracked the actions?',
    help: 'Good: a risk treatment plan with owners and dates, a Statement of Applicability giving every Annex A control a decision and a reason, and risk owners signing off the remaining risk. Progress on the plan is recorded and kept.',
    covers: ['6.1.3', '8.3'],
    section: '6',
  },
  {
    id: 'quick.operation-records',
    text: 'Can you show records that the security activities you planned are actually carried out on schedule, not just written down?',
    help: 'Good: a security calendar or task tracker showing recurring activities done on time, with their outputs kept as evidence. Work done by outside parties on your behalf is identified and kept under control.',
    covers: ['8.1'],
    section: '8',
  },
] satisfies readonly QuestionData[];
