import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageHeading } from '../../components/page-heading';
import { GroupForm, useFacilitators } from '../../components/peer-groups/group-form';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import { PeerGroupsDocument } from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';

/** `/netvaerksgrupper` for the network consultant: every group with places, waiting list and status. */
export function ConsultantGroupsPage() {
  const { t } = useI18n();
  const texts = t.peerGroups.consultant;
  const { navigate } = useRouter();
  const groups = useQuery(PeerGroupsDocument, { fetchPolicy: 'cache-and-network' });
  const facilitators = useFacilitators();
  const [creating, setCreating] = useState(false);
  const list = groups.data?.peerGroups ?? [];
  const counts = groups.data?.peerGroupMetrics ?? [];
  const columns = texts.columns;
  return (
    <>
      <PageHeading title={t.peerGroups.title} />
      <p>{texts.intro}</p>
      <ul className="nobullet-list peer-actions peer-inline">
        <li>
          <Link to="/netvaerksgrupper/sammensaet" className="button button-secondary">
            {texts.compose}
          </Link>
        </li>
        <li>
          <Link to="/netvaerksgrupper/maa-ikke-sammen" className="button button-secondary">
            {texts.mustNot}
          </Link>
        </li>
        <li>
          <Link to="/netvaerksgrupper/nyt-barn" className="button button-secondary">
            {t.staffGaps.register.link}
          </Link>
        </li>
        {!creating ? (
          <li>
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {texts.newGroup}
            </button>
          </li>
        ) : null}
      </ul>
      {creating ? (
        <GroupForm
          onCancel={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void groups.refetch();
            navigate(`/netvaerksgrupper/${saved.id}`);
          }}
        />
      ) : null}
      {groups.error ? <Alert kind="error">{t.peerGroups.loadFailed}</Alert> : null}
      {groups.data && list.length === 0 ? <p>{texts.none}</p> : null}
      {list.length ? (
        <div className="peer-table-wrap">
          <table className="table table--compact" data-testid="peer-groups-table">
            <caption className="sr-only">{texts.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.audience}</th>
                <th scope="col">{columns.ages}</th>
                <th scope="col">{columns.area}</th>
                <th scope="col">{columns.facilitator}</th>
                <th scope="col">{columns.places}</th>
                <th scope="col">{columns.waiting}</th>
                <th scope="col">{columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((g) => {
                const c = counts.find((x) => x.group.id === g.id);
                return (
                  <tr key={g.id}>
                    <th scope="row">
                      <Link to={`/netvaerksgrupper/${g.id}`}>{g.name}</Link>
                    </th>
                    <td>{t.peerGroups.audiences[g.audience]}</td>
                    <td>
                      {g.audience === 'CHILDREN'
                        ? t.peerGroups.ageBand(g.ageMin ?? null, g.ageMax ?? null)
                        : '–'}
                    </td>
                    <td>{g.areaName || '–'}</td>
                    <td>{facilitators.find((u) => u.id === g.facilitatorId)?.name ?? texts.noFacilitator}</td>
                    <td>{t.peerGroups.places(c?.placesHeld ?? 0, g.capacity)}</td>
                    <td>{c?.waiting ?? 0}</td>
                    <td>{t.peerGroups.groupStatuses[g.status]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
