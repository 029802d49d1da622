import { useSession } from '../../session/session-context';
import { CaseworkerConsentsPage } from './caseworker-consents-page';
import { CompositionPage } from './composition-page';
import { ConsultantGroupsPage } from './consultant-groups-page';
import { FamilyPeerGroupsPage } from './family-peer-groups-page';
import { GroupDetailPage } from './group-detail-page';
import { MustNotPage } from './must-not-page';
import { RegisterChildPage } from './register-child-page';

/**
 * `/netvaerksgrupper` for every role that has it in their menu: the page decides by role. The consultant's
 * sub-pages are `/sammensaet`, `/maa-ikke-sammen`, `/nyt-barn` and `/<group id>`.
 */
export function PeerGroupsPage({ subPath }: { subPath: string }) {
  const { session } = useSession();
  const role = session.status === 'authenticated' ? session.user.role : undefined;
  if (role === 'FOSTER_PARENT') return <FamilyPeerGroupsPage />;
  if (role === 'CASEWORKER') return <CaseworkerConsentsPage />;
  if (subPath === 'sammensaet') return <CompositionPage />;
  if (subPath === 'maa-ikke-sammen') return <MustNotPage />;
  if (subPath === 'nyt-barn') return <RegisterChildPage />;
  if (subPath) return <GroupDetailPage key={subPath} id={subPath} />;
  return <ConsultantGroupsPage />;
}
