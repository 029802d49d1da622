import { Foundation1795644760899 } from '../../../../migrations/1795644760899-Foundation';
import { Outbox1795646043326 } from '../../../../migrations/1795646043326-Outbox';
import { EmailMessage1795651714621 } from '../../../../migrations/1795651714621-EmailMessage';
import { Recruitment1795651767375 } from '../../../../migrations/1795651767375-Recruitment';
import { RecruitmentAnalytics1795652387646 } from '../../../../migrations/1795652387646-RecruitmentAnalytics';
import { Matching1795655366710 } from '../../../../migrations/1795655366710-Matching';
import { Relief1795657801318 } from '../../../../migrations/1795657801318-Relief';
import { ReliefCalendarFeed1795658486629 } from '../../../../migrations/1795658486629-ReliefCalendarFeed';
import { Faq1795661175710 } from '../../../../migrations/1795661175710-Faq';
import { Learning1795661198830 } from '../../../../migrations/1795661198830-Learning';
import { ReliefRequestWindows1795661369037 } from '../../../../migrations/1795661369037-ReliefRequestWindows';
import { PeerGroups1795661266345 } from '../../../../migrations/1795661266345-PeerGroups';
import { Teams1795662104961 } from '../../../../migrations/1795662104961-Teams';
import { FaqSupport1795663345846 } from '../../../../migrations/1795663345846-FaqSupport';
import { FaqPhrasingSuggestions1795665000000 } from '../../../../migrations/1795665000000-FaqPhrasingSuggestions';
import { FaqSeedRemoval1795665100000 } from '../../../../migrations/1795665100000-FaqSeedRemoval';
import { RecruitmentEventCancelReason1795666000000 } from '../../../../migrations/1795666000000-RecruitmentEventCancelReason';
import { ReliefBookingNote1795664000000 } from '../../../../migrations/1795664000000-ReliefBookingNote';

/** Every migration in order. Append new ones here after `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [
  Foundation1795644760899,
  Outbox1795646043326,
  EmailMessage1795651714621,
  Recruitment1795651767375,
  RecruitmentAnalytics1795652387646,
  Matching1795655366710,
  Relief1795657801318,
  ReliefCalendarFeed1795658486629,
  Faq1795661175710,
  Learning1795661198830,
  PeerGroups1795661266345,
  ReliefRequestWindows1795661369037,
  Teams1795662104961,
  FaqSupport1795663345846,
  ReliefBookingNote1795664000000,
  FaqPhrasingSuggestions1795665000000,
  FaqSeedRemoval1795665100000,
  RecruitmentEventCancelReason1795666000000,
];
