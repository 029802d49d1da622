import type { teamsDa } from './teams-texts.da';

// "Connect with Teams": English texts, same keys as teams-texts.da.ts.
export const teamsEn: typeof teamsDa = {
  title: 'Connect with Teams',
  intro:
    'When your account is connected with Plejeportalen in Microsoft Teams, you can get answers, book relief and receive messages directly in Teams.',
  notLinked: 'Your account is not connected with Teams.',
  linked: (since: string) => `Your account has been connected with Teams since ${since}.`,
  reachable: 'Messages from Plejeportalen can reach you in Teams.',
  notReachable:
    'We have no active chat with you in Teams right now. Open Plejeportalen in Teams and write "hjælp" so messages can reach you.',
  createCode: 'Create a code',
  newCode: 'Create a new code',
  creating: 'Creating code …',
  codeHeading: 'Your code',
  codeOnce: 'The code is shown only this once. Create a new code if you lose it.',
  expires: (when: string) => `The code works until ${when}.`,
  waiting: 'When you have typed the code in Teams, the connection is shown here.',
  checkStatus: 'Check the connection',
  unlink: 'Remove the connection to Teams',
  unlinkTitle: 'Remove the connection to Teams?',
  unlinkText:
    'Plejeportalen in Teams can then no longer see your information or send you messages. You can connect again with a new code.',
  unlinkConfirm: 'Yes, remove the connection',
  cancel: 'Cancel',
  unlinked: 'The connection to Teams has been removed.',
  nothingToUnlink: 'Your account was not connected with Teams.',
};
