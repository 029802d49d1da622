import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { SelectField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { childNames } from '../../components/matching/format';
import { CalendarFeeds } from '../../components/relief/calendar-feeds';
import { MonthCalendar, type CalendarEntry, type ReliefAction } from '../../components/relief/month-calendar';
import { BookOnBehalf, SeriesForm } from '../../components/relief/consultant-booking';
import { ConsultantWindows } from '../../components/relief/consultant-windows';
import { ProviderAdmin } from '../../components/relief/provider-admin';
import { reliefErrorOf } from '../../components/relief/relief-error';
import {
  copenhagenDate,
  formatDate,
  formatDateTime,
  lastDayOf,
  monthOf,
  monthRange,
  type Month,
} from '../../components/relief/relief-time';
import '../../components/relief/relief.css';
import { FamilyWindows } from '../../components/relief/family-windows';
import type { MyReliefPlacementsQuery, ReliefBookingFieldsFragment } from '../../gql/graphql';
import { PlacementsDocument } from '../../graphql/matching.operations';
import {
  AcuteReliefBookingsDocument,
  BookReliefDocument,
  MyReliefPlacementsDocument,
  ReliefBookingsDocument,
  ReliefGrantOverviewDocument,
  ReliefMyFamilyDocument,
  ReliefSearchDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import { useSession } from '../../session/session-context';
import { SearchHits } from '../../components/relief/search-hits';
import {
  EVENING_TO_EVENING,
  readStayPeriod,
  StayPeriodFields,
  type StayPeriod,
} from '../../components/relief/stay-period';

const active = new Set(['REQUESTED', 'CONFIRMED']);

function inMonth(booking: ReliefBookingFieldsFragment, month: Month): boolean {
  const { from, to } = monthRange(month);
  return new Date(booking.endsAt as string) > from && new Date(booking.startsAt as string) < to;
}

function FindRelief({ placementId, onBooked }: { placementId: string; onBooked(message: string): void }) {
  const { t } = useI18n();
  const texts = t.relief.fosterParent;
  const [period, setPeriod] = useState<StayPeriod>(EVENING_TO_EVENING);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [range, setRange] = useState<{ from: Date; to: Date } | null>(null);
  const [bookError, setBookError] = useState<string | null>(null);
  const search = useQuery(ReliefSearchDocument, {
    variables: { placementId, from: range?.from.toISOString() ?? '', to: range?.to.toISOString() ?? '' },
    skip: !range,
    fetchPolicy: 'network-only',
  });
  const [book, booking] = useMutation(BookReliefDocument);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { errors: found, range: stay } = readStayPeriod(period, 'relief', texts);
    setErrors(found);
    setAttempt((n) => n + 1);
    setBookError(null);
    if (stay) setRange(stay);
  };

  const onBook = async (providerId: string) => {
    if (!range) return;
    setBookError(null);
    try {
      await book({
        variables: {
          input: {
            placementId,
            providerId,
            startsAt: range.from.toISOString(),
            endsAt: range.to.toISOString(),
            acute: false,
          },
        },
      });
      setRange(null);
      onBooked(texts.booked);
    } catch (caught) {
      setBookError(reliefErrorOf(caught, t).message);
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  const hits = search.dataState === 'complete' ? search.data.reliefSearch : [];
  return (
    <section aria-labelledby="relief-find">
      <h2 id="relief-find">{texts.find}</h2>
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate onSubmit={onSearch} data-testid="relief-search">
        <StayPeriodFields idPrefix="relief" period={period} errors={errors} onChange={setPeriod} />
        <button type="submit" className="button button-primary">
          {texts.search}
        </button>
      </form>
      {bookError ? (
        <Alert kind="error" testId="relief-book-error">
          {bookError}
        </Alert>
      ) : null}
      {range && search.data ? (
        <SearchHits hits={hits} disabled={booking.loading} onBook={(providerId) => void onBook(providerId)} />
      ) : null}
    </section>
  );
}

type MyPlacement = MyReliefPlacementsQuery['myReliefPlacements'][number];

/** Each child's grant as "used of total" in the current period, and the choice of child for booking. */
function ChildUsage({
  children,
  chosen,
  onChoose,
}: {
  children: readonly MyPlacement[];
  chosen?: string;
  onChoose(placementId: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.fosterParent;
  const nameOf = (c: MyPlacement) => c.childFirstNames.join(' og ');
  return (
    <section aria-labelledby="relief-children" data-testid="relief-children">
      <h2 id="relief-children">{texts.children}</h2>
      <ul className="nobullet-list">
        {children.map((c) => (
          <li key={c.placementId} className="relief-list-item" data-testid="relief-child">
            <strong>{nameOf(c)}</strong>
            <br />
            {c.grant ? (
              <>
                <span data-testid="relief-usage">{texts.usage(c.daysUsed, c.grant.daysPerPeriod)}</span>
                {c.periodFrom && c.periodTo ? (
                  <> {texts.usagePeriod(formatDate(c.periodFrom), formatDate(lastDayOf(c.periodTo)))}</>
                ) : null}
              </>
            ) : (
              texts.noGrant
            )}
          </li>
        ))}
      </ul>
      {children.length > 1 ? (
        <SelectField
          id="relief-child"
          label={texts.chooseChild}
          value={chosen ?? ''}
          onChange={(e) => onChoose(e.target.value)}
          options={children.map((c) => ({ value: c.placementId, label: nameOf(c) }))}
        />
      ) : null}
    </section>
  );
}

function FosterParentRelief({ today }: { today: string }) {
  const { t } = useI18n();
  const texts = t.relief.fosterParent;
  const [month, setMonth] = useState<Month>(monthOf(today));
  const [tab, setTab] = useState<'own' | 'provider'>('own');
  const [message, setMessage] = useState<string | null>(null);
  const family = useQuery(ReliefMyFamilyDocument);
  const mine = useQuery(MyReliefPlacementsDocument, { fetchPolicy: 'cache-and-network' });
  const bookings = useQuery(ReliefBookingsDocument, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const familyId = family.data?.myFosterFamily?.id;
  const isProvider = family.data?.myFosterFamily?.approvalTypes.includes('AFLASTNING') ?? false;
  const children = mine.data?.myReliefPlacements ?? [];
  const ownIds = new Set(children.map((c) => c.placementId));
  const all = bookings.data?.reliefBookings ?? [];
  const own = all.filter((b) => ownIds.has(b.placementId));
  const incoming = all.filter((b) => familyId && b.provider?.fosterFamilyId === familyId);
  const current = children.find((c) => c.placementId === chosen) ?? children[0];
  const child = current
    ? { placementId: current.placementId, name: current.childFirstNames.join(' og ') }
    : null;
  const changed = (text: string) => {
    setMessage(text);
    void bookings.refetch();
    void mine.refetch();
  };
  const ownEntries: CalendarEntry[] = own
    .filter((b) => inMonth(b, month))
    .map((b) => ({
      booking: b,
      title: b.provider?.name ?? t.relief.child,
      actions: active.has(b.status) ? (['cancel'] as ReliefAction[]) : [],
    }));
  const incomingEntries: CalendarEntry[] = incoming
    .filter((b) => inMonth(b, month))
    .map((b) => ({
      booking: b,
      title: t.relief.child,
      actions:
        b.status === 'REQUESTED'
          ? (['confirm', 'decline'] as ReliefAction[])
          : b.status === 'CONFIRMED'
            ? (['complete'] as ReliefAction[])
            : [],
    }));
  const bookedDays = ownEntries
    .filter((e) => e.booking.status !== 'DECLINED' && e.booking.status !== 'CANCELLED')
    .reduce((sum, e) => sum + e.booking.days, 0);

  return (
    <>
      {message ? (
        <Alert kind="success" testId="relief-message">
          {message}
        </Alert>
      ) : null}
      {isProvider ? (
        <div className="relief-tabs" role="group">
          <button
            type="button"
            className={`button ${tab === 'own' ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={tab === 'own'}
            onClick={() => setTab('own')}
          >
            {texts.tabOwn}
          </button>{' '}
          <button
            type="button"
            className={`button ${tab === 'provider' ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={tab === 'provider'}
            onClick={() => setTab('provider')}
          >
            {texts.tabProvider}
          </button>
        </div>
      ) : null}
      {tab === 'provider' && isProvider ? (
        <MonthCalendar
          month={month}
          onMonth={setMonth}
          entries={incomingEntries}
          today={today}
          onChanged={changed}
        >
          {incoming.length === 0 ? <p>{texts.providerNone}</p> : null}
        </MonthCalendar>
      ) : null}
      {tab === 'provider' && isProvider && incoming[0] ? (
        <CalendarFeeds ownerKind="PROVIDER" ownerId={incoming[0].providerId} />
      ) : null}
      {tab === 'provider' && isProvider ? null : (
        <>
          {children.length ? (
            <ChildUsage children={children} chosen={child?.placementId} onChoose={setChosen} />
          ) : null}
          <MonthCalendar
            month={month}
            onMonth={setMonth}
            entries={ownEntries}
            today={today}
            onChanged={changed}
          >
            <p data-testid="relief-booked-days">{texts.bookedInMonth(bookedDays)}</p>
          </MonthCalendar>
          {mine.data && !child ? <p>{texts.noPlacement}</p> : null}
          {child ? (
            <>
              <FindRelief key={child.placementId} placementId={child.placementId} onBooked={changed} />
              <FamilyWindows child={child} bookings={own} onChanged={changed} />
            </>
          ) : null}
          {familyId ? <CalendarFeeds ownerKind="FAMILY" ownerId={familyId} /> : null}
        </>
      )}
    </>
  );
}

const consultantTabs = [
  { subPath: '', label: 'overview' },
  { subPath: 'oenskeperioder', label: 'windows' },
  { subPath: 'book', label: 'book' },
  { subPath: 'fast', label: 'series' },
  { subPath: 'steder', label: 'providers' },
] as const;

/** The consultant's sub-pages under `/aflastning`, as links so each has its own address and back button. */
function ConsultantTabs({ subPath }: { subPath: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.relief.consultantTabs.label} className="relief-tabs">
      <ul className="nobullet-list relief-tab-list">
        {consultantTabs.map((tab) => (
          <li key={tab.label}>
            <Link
              to={tab.subPath ? `/aflastning/${tab.subPath}` : '/aflastning'}
              className={`button ${tab.subPath === subPath ? 'button-primary' : 'button-secondary'}`}
              aria-current={tab.subPath === subPath ? 'page' : undefined}
            >
              {t.relief.consultantTabs[tab.label]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AcuteList({
  acuteList,
  nameOf,
}: {
  acuteList: readonly ReliefBookingFieldsFragment[];
  nameOf(id: string): string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="relief-acute" className="relief-acute-box">
      <h2 id="relief-acute">{t.relief.acuteHeading}</h2>
      {acuteList.length === 0 ? (
        <p>{t.relief.noAcute}</p>
      ) : (
        <ul className="nobullet-list">
          {acuteList.map((b) => (
            <li key={b.id} className="relief-list-item relief-acute" data-testid="relief-acute">
              <strong>{t.relief.acute}:</strong>{' '}
              {t.relief.consultant.childAt(nameOf(b.placementId), b.provider?.name ?? '')} –{' '}
              {formatDateTime(b.startsAt as string)} – {formatDateTime(b.endsAt as string)} –{' '}
              {t.relief.statuses[b.status]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConsultantRelief({ today, subPath }: { today: string; subPath: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const acute = useQuery(AcuteReliefBookingsDocument, { fetchPolicy: 'cache-and-network' });
  const placements = useQuery(PlacementsDocument, { variables: { active: true } });
  const nameOf = (placementId: string) => {
    const p = placements.data?.placements.find((x) => x.id === placementId);
    return p ? childNames(p.need.children) : t.relief.child;
  };
  const children = (placements.data?.placements ?? []).map((p) => ({
    placementId: p.id,
    name: childNames(p.need.children),
  }));
  const changed = (text: string) => {
    setMessage(text);
    void acute.refetch();
  };
  const tab = consultantTabs.find((x) => x.subPath === subPath)?.label ?? 'overview';
  return (
    <>
      <AcuteList acuteList={acute.data?.acuteReliefBookings ?? []} nameOf={nameOf} />
      <ConsultantTabs subPath={subPath} />
      {message && tab !== 'overview' ? (
        <Alert kind="success" testId="relief-message">
          {message}
        </Alert>
      ) : null}
      {tab === 'overview' ? (
        <ConsultantOverview today={today} nameOf={nameOf} onChanged={() => void acute.refetch()} />
      ) : null}
      {tab === 'windows' ? <ConsultantWindows nameOf={nameOf} /> : null}
      {tab === 'book' ? <BookOnBehalf children={children} onBooked={changed} /> : null}
      {tab === 'series' ? <SeriesForm children={children} onBooked={changed} /> : null}
      {tab === 'providers' ? <ProviderAdmin /> : null}
    </>
  );
}

function ConsultantOverview({
  today,
  nameOf,
  onChanged,
}: {
  today: string;
  nameOf(placementId: string): string;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.consultant;
  const [month, setMonth] = useState<Month>(monthOf(today));
  const [message, setMessage] = useState<string | null>(null);
  const range = monthRange(month);
  const bookings = useQuery(ReliefBookingsDocument, {
    variables: { from: range.from.toISOString(), to: range.to.toISOString() },
    fetchPolicy: 'cache-and-network',
  });
  const overview = useQuery(ReliefGrantOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const changed = (text: string) => {
    setMessage(text);
    void bookings.refetch();
    void overview.refetch();
    onChanged();
  };
  const actionsFor = (b: ReliefBookingFieldsFragment): ReliefAction[] =>
    b.status === 'REQUESTED'
      ? ['confirm', 'decline', 'cancel']
      : b.status === 'CONFIRMED'
        ? ['complete', 'cancel']
        : [];
  const entries: CalendarEntry[] = (bookings.data?.reliefBookings ?? []).map((b) => ({
    booking: b,
    title: texts.childAt(nameOf(b.placementId), b.provider?.name ?? ''),
    actions: actionsFor(b),
  }));

  return (
    <>
      {message ? (
        <Alert kind="success" testId="relief-message">
          {message}
        </Alert>
      ) : null}
      <h2>{texts.month}</h2>
      <MonthCalendar month={month} onMonth={setMonth} entries={entries} today={today} onChanged={changed} />
      <section aria-labelledby="relief-overview">
        <h2 id="relief-overview">{texts.overview}</h2>
        <table className="table" data-testid="relief-overview">
          <thead>
            <tr>
              <th scope="col">{texts.placement}</th>
              <th scope="col">{texts.grant}</th>
              <th scope="col">{texts.period}</th>
              <th scope="col">{texts.used}</th>
              <th scope="col">{texts.left}</th>
            </tr>
          </thead>
          <tbody>
            {(overview.data?.reliefGrantOverview ?? []).map((row) => (
              <tr key={row.placementId}>
                <td>{nameOf(row.placementId)}</td>
                <td>
                  {row.grant
                    ? texts.perPeriod(row.grant.daysPerPeriod, t.relief.periods[row.grant.period])
                    : texts.noGrant}
                </td>
                <td>
                  {row.periodFrom && row.periodTo
                    ? `${formatDate(row.periodFrom)} – ${formatDate(lastDayOf(row.periodTo))}`
                    : '–'}
                </td>
                <td>
                  {row.daysUsed}
                  {row.grant?.strained ? ` (${t.relief.caseworker.strainedNow.toLowerCase()})` : ''}
                </td>
                <td>{row.daysLeft ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** `/aflastning`: the foster family's calendar and booking, or the consultant's month and grants overview. */
export function ReliefPage({ subPath }: { subPath: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const role = session.status === 'authenticated' ? session.user.role : null;
  const today = copenhagenDate(new Date());
  return (
    <>
      <PageHeading title={t.relief.title} />
      {role === 'FAMILY_CONSULTANT' ? (
        <ConsultantRelief today={today} subPath={subPath} />
      ) : (
        <FosterParentRelief today={today} />
      )}
    </>
  );
}
