import { ApplicationForm } from './application-form';
import { Application } from './application.entity';
import { ApplicationTransition } from './application-transition.entity';
import {
  ApplicationStatus,
  ApplicationTrack,
  isOpen,
  NEXT_STEP_DA,
  STATUS_LABEL_DA,
  TRACK_STAGES,
} from './application-status';
import { ApplicationRequirement, RequirementKind, RequirementStatus } from './application-requirement.entity';
import { ApplicationDocument, DocumentKind } from './application-document.entity';

const DAY_MS = 24 * 3600 * 1000;

/** "Anna Hansen og Bo Jensen", or a neutral placeholder while the draft has no names yet. */
export function applicantNameOf(form: ApplicationForm): string {
  const names = (form.applicants ?? [])
    .map((a) =>
      [a.firstName, a.lastName]
        .filter((p) => p && p.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
  return names.length ? names.join(' og ') : 'Ansøger uden navn';
}

export function daysSince(date: Date, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY_MS));
}

/** The scalar part of the GraphQL Application type. */
export interface ApplicationView {
  id: string;
  municipalityId: string;
  applicantUserId: string;
  track: ApplicationTrack;
  status: ApplicationStatus;
  statusLabel: string;
  nextStep: string;
  heldFrom: ApplicationStatus | null;
  version: number;
  applicantName: string;
  lastStep: Application['lastStep'];
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
  daysInStatus: number;
  submittedAt: Date | null;
  decidedAt: Date | null;
  appealed: boolean;
  recruitmentSource: Application['recruitmentSource'];
  assignedConsultant: { id: string; name: string } | null;
  form: ApplicationForm;
}

export function toView(app: Application, consultant?: { id: string; name: string } | null): ApplicationView {
  return {
    id: app.id,
    municipalityId: app.municipalityId,
    applicantUserId: app.applicantUserId,
    track: app.track,
    status: app.status,
    statusLabel: STATUS_LABEL_DA[app.status],
    nextStep: NEXT_STEP_DA[app.status],
    heldFrom: app.heldFrom,
    version: app.version,
    applicantName: applicantNameOf(app.form),
    lastStep: app.lastStep,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    statusChangedAt: app.statusChangedAt,
    daysInStatus: daysSince(app.statusChangedAt),
    submittedAt: app.submittedAt,
    decidedAt: app.decidedAt,
    appealed: app.appealed,
    recruitmentSource: app.recruitmentSource,
    assignedConsultant:
      consultant ??
      (app.assignedConsultant ? { id: app.assignedConsultant.id, name: app.assignedConsultant.name } : null),
    form: app.form,
  };
}

export interface TimelineEntry {
  status: ApplicationStatus;
  label: string;
  state: 'DONE' | 'CURRENT' | 'UPCOMING';
  reachedAt: Date | null;
}

/**
 * The applicant's timeline: the stages of their track with when each was reached, then the decision. A
 * withdrawn, refused or on-hold application shows where it stopped as the current step.
 */
export function timelineOf(
  app: Pick<Application, 'track' | 'status' | 'heldFrom'>,
  transitions: Pick<ApplicationTransition, 'toStatus' | 'createdAt'>[],
): TimelineEntry[] {
  const reached = new Map<ApplicationStatus, Date>();
  for (const t of transitions) reached.set(t.toStatus, t.createdAt); // last entry wins (resumed after hold)
  const stages = TRACK_STAGES[app.track];
  const effective = app.status === ApplicationStatus.ON_HOLD ? app.heldFrom : app.status;
  const position = effective ? stages.indexOf(effective) : -1;
  const entries: TimelineEntry[] = stages.map((status, i) => ({
    status,
    label: STATUS_LABEL_DA[status],
    state:
      position === -1
        ? reached.has(status)
          ? 'DONE'
          : 'UPCOMING'
        : i < position || (i === position && status === ApplicationStatus.APPROVED)
          ? 'DONE'
          : i === position
            ? 'CURRENT'
            : 'UPCOMING',
    reachedAt: reached.get(status) ?? null,
  }));
  // Off the forward path: show the actual state as the current step after what was reached.
  if (position === -1 || app.status === ApplicationStatus.ON_HOLD) {
    const lastReached = entries.filter((e) => e.reachedAt).length;
    const off: TimelineEntry = {
      status: app.status,
      label: STATUS_LABEL_DA[app.status],
      state: isOpen(app.status) ? 'CURRENT' : 'DONE',
      reachedAt: reached.get(app.status) ?? null,
    };
    return [...entries.slice(0, lastReached).map((e) => ({ ...e, state: 'DONE' as const })), off];
  }
  return entries;
}

const REQUIREMENT_LABEL: Record<RequirementKind, string> = {
  [RequirementKind.CRIMINAL_RECORD]: 'Straffeattest',
  [RequirementKind.CHILD_CERTIFICATE]: 'Børneattest',
  [RequirementKind.CV]: 'CV',
  [RequirementKind.HOME_VISIT_1]: 'Første hjemmebesøg gennemført',
  [RequirementKind.HOME_VISIT_2]: 'Andet hjemmebesøg gennemført',
  [RequirementKind.COURSE_DAYS_1_2]: 'Grundkursus dag 1-2 gennemført',
  [RequirementKind.COURSE_DAYS_3_4]: 'Grundkursus dag 3-4 gennemført',
  [RequirementKind.OTHER]: 'Andet',
};

export const EXPIRY_WARNING_DAYS = 30;

export function requirementView(r: ApplicationRequirement, today: string) {
  const warnFrom = addDays(today, EXPIRY_WARNING_DAYS);
  const expired = !!r.expiresOn && r.expiresOn < today;
  return {
    id: r.id,
    kind: r.kind,
    label: r.kind === RequirementKind.OTHER && r.label ? r.label : REQUIREMENT_LABEL[r.kind],
    subjectName: r.subjectName,
    status: r.status,
    expiresOn: r.expiresOn,
    note: r.note,
    expired,
    expiringSoon: !!r.expiresOn && !expired && r.expiresOn <= warnFrom,
    updatedAt: r.updatedAt,
  };
}

/** Approval needs every line accepted and none expired. */
export function checklistProblems(lines: ApplicationRequirement[], today: string): ApplicationRequirement[] {
  return lines.filter(
    (r) => r.status !== RequirementStatus.ACCEPTED || (!!r.expiresOn && r.expiresOn < today),
  );
}

/**
 * Which checklist lines a document of each kind is the evidence for. A CV document backs the CV lines, a
 * certificate document the criminal-record and child certificate lines. Diplomas and other attachments back no
 * line (an OTHER line is free text; nothing says which file satisfies it), so they warn before expiry but do not
 * block approval.
 */
export const DOCUMENT_BACKS: Readonly<Record<DocumentKind, readonly RequirementKind[]>> = {
  [DocumentKind.CV]: [RequirementKind.CV],
  [DocumentKind.CERTIFICATE]: [RequirementKind.CRIMINAL_RECORD, RequirementKind.CHILD_CERTIFICATE],
  [DocumentKind.DIPLOMA]: [],
  [DocumentKind.OTHER]: [],
};

/**
 * Documents that have expired (before `today`, as a certificate line's own date) while the application has a
 * checklist line they are evidence for: approval must not rest on them, as it must not on an expired certificate.
 */
export function expiredChecklistDocuments<D extends Pick<ApplicationDocument, 'kind' | 'expiresOn'>>(
  lines: Pick<ApplicationRequirement, 'kind'>[],
  documents: D[],
  today: string,
): D[] {
  const kinds = new Set(lines.map((l) => l.kind));
  return documents.filter(
    (d) => !!d.expiresOn && d.expiresOn < today && DOCUMENT_BACKS[d.kind].some((k) => kinds.has(k)),
  );
}

/** The document as the portal shows it: its expiry state computed like a checklist line's. */
export function documentView<D extends Pick<ApplicationDocument, 'id' | 'expiresOn'>>(d: D, today: string) {
  const expired = !!d.expiresOn && d.expiresOn < today;
  return {
    ...d,
    downloadPath: `/api/documents/${d.id}`,
    expired,
    expiringSoon: !!d.expiresOn && !expired && d.expiresOn <= addDays(today, EXPIRY_WARNING_DAYS),
  };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
