import { DataSource } from 'typeorm';
import { DEFAULT_TRIAGE_RULES } from '../triage';

interface DemoRequest {
  by: 'FOSTER_PARENT' | 'CASEWORKER' | 'FAMILY_CONSULTANT';
  pseudonym: string | null;
  category: string;
  urgency: string;
  signals: string[];
  absence: number | null;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  status: 'NEW' | 'ASSIGNED' | 'ON_HOLD' | 'RESOLVED' | 'CLOSED';
  hold?: 'SCHOOL' | 'FAMILY';
  outcome?: string;
  ageHours: number;
  description: string;
  reply?: string;
  internal?: string;
}

const DEMO: DemoRequest[] = [
  {
    by: 'FOSTER_PARENT',
    pseudonym: null,
    category: 'ABSENCE',
    urgency: 'HIGH',
    signals: ['RECENT_PLACEMENT'],
    absence: 18,
    priority: 'P1',
    status: 'NEW',
    ageHours: 3,
    description:
      'Vores plejebarn har haft meget fravær siden efterårsferien og har ondt i maven om morgenen. Skolen foreslår et møde, men vi ved ikke, hvad vi skal bede om.',
  },
  {
    by: 'CASEWORKER',
    pseudonym: 'Mikkel',
    category: 'HOMEWORK_SUPPORT',
    urgency: 'NORMAL',
    signals: [],
    absence: null,
    priority: 'P4',
    status: 'NEW',
    ageHours: 30,
    description: 'Plejefamilien efterspørger ideer til lektiehjælp i matematik for en dreng i 6. klasse.',
  },
  {
    by: 'FAMILY_CONSULTANT',
    pseudonym: 'Sara',
    category: 'SCHOOL_CHANGE',
    urgency: 'HIGH',
    signals: ['NO_SCHOOL_OFFER', 'SCHOOL_CHANGE_PENDING'],
    absence: null,
    priority: 'P1',
    status: 'ASSIGNED',
    ageHours: 20,
    description:
      'Pigen er flyttet til en ny plejefamilie og har endnu ikke et skoletilbud i den nye kommune.',
    internal: 'Ringet til skolelederen, afventer tilbagemelding om en plads i 4.B.',
  },
  {
    by: 'CASEWORKER',
    pseudonym: 'Ali',
    category: 'EXAMS',
    urgency: 'NORMAL',
    signals: ['EXAM_YEAR'],
    absence: 8,
    priority: 'P3',
    status: 'ON_HOLD',
    hold: 'SCHOOL',
    ageHours: 72,
    description: 'Drengen skal til afgangsprøve i 9. klasse og har brug for særlige prøvevilkår.',
    reply: 'Jeg har bedt skolen om deres vurdering af prøvevilkår og vender tilbage, når jeg har svar.',
  },
  {
    by: 'FOSTER_PARENT',
    pseudonym: null,
    category: 'LEARNING_DIFFICULTIES',
    urgency: 'NORMAL',
    signals: [],
    absence: null,
    priority: 'P3',
    status: 'RESOLVED',
    outcome: 'SUPPORT_GRANTED',
    ageHours: 24 * 12,
    description: 'Vi tror, at vores plejebarn har læsevanskeligheder. Hvordan får vi det undersøgt?',
    reply: 'PPR har nu testet barnet, og skolen har bevilget et læsekursus to gange om ugen.',
  },
  {
    by: 'CASEWORKER',
    pseudonym: 'Emil',
    category: 'YOUTH_EDUCATION_TRANSITION',
    urgency: 'LOW',
    signals: [],
    absence: null,
    priority: 'P4',
    status: 'CLOSED',
    outcome: 'SCHOOL_PLAN_AGREED',
    ageHours: 24 * 30,
    description: 'Den unge skal vælge ungdomsuddannelse og er i tvivl mellem EUD og HF.',
    reply: 'Vi har holdt møde med UU-vejlederen, og planen er aftalt.',
  },
];

/**
 * A handful of learning requests in Aarhus in every state, for `npm start`. Idempotent (skips when Aarhus has
 * any). Hook: call it from libs/core/src/database/seed/run-seed.ts after seedMatchingDemo (it uses the demo
 * foster family's placement when matching's demo made one, else pseudonymous children).
 */
export async function seedLearningDemo(dataSource: DataSource): Promise<number> {
  const [aarhus] = (await dataSource.query(`SELECT id FROM municipality WHERE code = '751'`)) as Array<{
    id: string;
  }>;
  if (!aarhus) return 0;
  const m = aarhus.id;
  const [{ n }] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM learning_request WHERE municipality_id = $1`,
    [m],
  )) as Array<{ n: number }>;
  if (n > 0) return 0;
  const users = (await dataSource.query(
    `SELECT id, role FROM app_user WHERE municipality_id = $1 AND email = ANY($2::varchar[])`,
    [
      m,
      [
        'laering@aarhus.example',
        'sagsbehandler@aarhus.example',
        'familiekonsulent@aarhus.example',
        'plejefamilie@aarhus.example',
      ],
    ],
  )) as Array<{ id: string; role: string }>;
  const byRole = new Map(users.map((u) => [u.role, u.id]));
  const consultant = byRole.get('LEARNING_CONSULTANT');
  const caseworker = byRole.get('CASEWORKER');
  if (!consultant || !caseworker) return 0;
  const [placed] = (await dataSource.query(
    `SELECT p.id, n.children->0->>'id' AS child_id FROM placement p
       JOIN foster_family f ON f.id = p.foster_family_id
       JOIN app_user u ON u.id = f.user_id
       JOIN placement_need n ON n.id = p.need_id
      WHERE u.email = 'plejefamilie@aarhus.example' AND p.ended_on IS NULL LIMIT 1`,
  )) as Array<{ id: string; child_id: string }>;
  let added = 0;
  for (const d of DEMO) {
    // Without a placed child the foster parent's examples become the caseworker's, about a pseudonymous child.
    const fosterParent = d.by === 'FOSTER_PARENT' && placed && byRole.get('FOSTER_PARENT');
    const requester = fosterParent ? byRole.get('FOSTER_PARENT')! : (byRole.get(d.by) ?? caseworker);
    const role = fosterParent ? 'FOSTER_PARENT' : byRole.get(d.by) ? d.by : 'CASEWORKER';
    const created = new Date(Date.now() - d.ageHours * 3_600_000);
    const sla = DEFAULT_TRIAGE_RULES.slaHours[d.priority] * 3_600_000;
    const open = d.status === 'NEW' || d.status === 'ASSIGNED';
    const deadline = open ? new Date(created.getTime() + sla) : null;
    const assigned =
      d.status === 'NEW' ? null : new Date(created.getTime() + Math.min(d.ageHours, 4) * 1_800_000);
    const resolved =
      d.status === 'RESOLVED' || d.status === 'CLOSED' ? new Date(created.getTime() + sla / 2) : null;
    const [row] = (await dataSource.query(
      `INSERT INTO learning_request (municipality_id, placement_id, child_ref, child_pseudonym, requested_by, requester_role,
         category, description, urgency, risk_signals, absence_percent, priority, deadline_at, hold_remaining_ms, status,
         hold_reason, assignee_id, assigned_at, first_assigned_at, queued_at, outcome, resolved_at, closed_at, created_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20, $21, $22, $19, 1)
       RETURNING id`,
      [
        m,
        fosterParent ? placed.id : null,
        fosterParent ? placed.child_id : null,
        fosterParent ? null : (d.pseudonym ?? 'Barn'),
        requester,
        role,
        d.category,
        d.description,
        d.urgency,
        d.signals,
        d.absence,
        d.priority,
        deadline,
        d.status === 'ON_HOLD' ? sla / 2 : null,
        d.status,
        d.hold ?? null,
        assigned ? consultant : null,
        assigned,
        created,
        d.outcome ?? null,
        resolved,
        d.status === 'CLOSED' ? resolved : null,
      ],
    )) as Array<{ id: string }>;
    await dataSource.query(
      `INSERT INTO learning_event (request_id, municipality_id, type, actor_id, details, created_at)
       VALUES ($1, $2, 'CREATED', $3, $4, $5), ($1, $2, 'TRIAGED', NULL, $6, $5)`,
      [
        row.id,
        m,
        requester,
        JSON.stringify({ category: d.category }),
        created,
        JSON.stringify({ priority: d.priority }),
      ],
    );
    for (const [kind, body] of [
      ['INTERNAL', d.internal],
      ['REPLY', d.reply],
    ] as const)
      if (body)
        await dataSource.query(
          `INSERT INTO learning_note (request_id, municipality_id, kind, author_id, author_role, body) VALUES ($1, $2, $3, $4, 'LEARNING_CONSULTANT', $5)`,
          [row.id, m, kind, consultant, body],
        );
    if (deadline)
      await dataSource.query(
        `INSERT INTO outbox_job (job_name, job_id, payload, run_at) VALUES ('learning.escalate-overdue', $1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [
          `learning-escalate-${row.id}-${deadline.getTime()}`,
          JSON.stringify({ requestId: row.id, deadlineAt: deadline.getTime() }),
          deadline,
        ],
      );
    added += 1;
  }
  await dataSource.query(
    `INSERT INTO learning_settings (municipality_id, lead_user_id, rules, version) VALUES ($1, $2, $3, 1)
     ON CONFLICT (municipality_id) DO NOTHING`,
    [m, consultant, JSON.stringify(DEFAULT_TRIAGE_RULES)],
  );
  return added;
}
