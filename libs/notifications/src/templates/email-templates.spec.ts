import ICAL from 'ical.js';
import { EMAIL_TEMPLATES, EmailTemplateName, EmailTemplateParams } from './email-templates';
import { renderEmail } from './validate-params';

const ctx = { recipientName: 'Anna <Sørensen>', publicUrl: 'https://plejeportalen.example.dk' };
const id = '3b8a0a6e-1f7c-4c84-9d5e-6f6b8d1f2a10';
const event = {
  eventId: id,
  title: 'Grundkursus, dag 1',
  startsAt: '2026-12-03T08:00:00Z',
  endsAt: '2026-12-03T15:00:00Z',
  place: 'Kursuscentret',
  sequence: 0,
};

const SAMPLES: { [N in EmailTemplateName]: [EmailTemplateParams<N>, string] } = {
  'recruitment.account-created': [{}, '/ansoegning'],
  'recruitment.receipt': [{ submittedAt: '2026-11-24T09:30:00Z' }, '/ansoegning/status'],
  'recruitment.status-changed': [
    { statusLabel: 'Godkendt', nextStep: 'Vi ringer til dig.' },
    '/ansoegning/status',
  ],
  'recruitment.draft-reminder': [{}, '/ansoegning'],
  'recruitment.event-invitation': [event, '/ansoegning/status'],
  'recruitment.event-reminder': [event, '/ansoegning/status'],
  'recruitment.home-visit': [
    {
      visitId: id,
      visitNumber: 2,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      address: 'Vej 1',
      sequence: 1,
    },
    '/ansoegning/status',
  ],
  'recruitment.new-message': [{ applicationId: id, forStaff: true }, `/ansoegninger/${id}`],
  'recruitment.expiry-warning': [
    { applicationId: id, count: 2, firstExpiresOn: '2027-01-15' },
    `/ansoegninger/${id}`,
  ],
  'relief.booking-reminder': [
    {
      bookingId: id,
      role: 'FAMILY',
      startsAt: '2026-12-04T15:00:00Z',
      endsAt: '2026-12-06T17:00:00Z',
      placeName: 'Familien Holm',
      sequence: 1,
    },
    '/aflastning',
  ],
  'relief.window-result': [
    {
      windowTitle: 'Vinterferie 2027',
      allocated: false,
      startsAt: '2027-02-12T15:00:00Z',
      endsAt: '2027-02-14T17:00:00Z',
      placeName: null,
    },
    '/aflastning',
  ],
  'learning.request-updated': [{ requestId: id, change: 'REPLY', status: 'ASSIGNED' }, `/skolestoette/${id}`],
  'learning.escalated': [
    { requestId: id, priority: 'P1', deadlineAt: '2026-12-04T15:00:00Z', unclaimed: true },
    `/laeringskoe/${id}`,
  ],
  'learning.deadline-reminder': [{ requestId: id, deadlineAt: '2026-12-04T15:00:00Z' }, `/laeringskoe/${id}`],
  'peer.invitation': [
    { membershipId: id, groupName: 'Gruppe Aarhus Vest', fromWaitlist: true, alreadyActive: false },
    '/netvaerksgrupper',
  ],
  'peer.session-reminder': [
    {
      sessionId: id,
      groupName: 'Gruppe Aarhus Vest',
      startsAt: '2026-12-08T15:00:00Z',
      endsAt: '2026-12-08T17:00:00Z',
      place: 'Ungdomshuset',
      transportNote: 'Taxa fra skolen kl. 15.30',
    },
    '/netvaerksgrupper',
  ],
  'peer.session-cancelled': [
    {
      sessionId: id,
      groupName: 'Gruppe Aarhus Vest',
      startsAt: '2026-12-08T15:00:00Z',
      endsAt: '2026-12-08T17:00:00Z',
      reason: 'Facilitatoren er syg',
    },
    '/netvaerksgrupper',
  ],
  'faq.ticket-answered': [{ ticketId: id }, '/spoergsmaal'],
};

describe('email templates', () => {
  it.each(Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[])(
    '%s renders Danish text and accessible html with the link where the reader acts',
    (name) => {
      const [params, path] = SAMPLES[name];
      const mail = renderEmail(name, params, ctx);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(`${ctx.publicUrl}${path}`);
      expect(mail.text).toContain('Hej Anna <Sørensen>,');
      expect(mail.html).toContain('<html lang="da">');
      expect(mail.html).toContain(`href="${ctx.publicUrl}${path}"`);
      // The name is escaped: nothing a user typed becomes markup.
      expect(mail.html).toContain('Anna &lt;Sørensen&gt;');
      expect(mail.html).not.toContain('<Sørensen>');
      expect(mail.html).not.toMatch(/<img/i);
    },
  );

  it('attaches a parseable invitation, update or cancellation to calendar mails', () => {
    for (const name of [
      'recruitment.event-invitation',
      'recruitment.event-reminder',
      'recruitment.home-visit',
    ] as const) {
      const ics = renderEmail(name, SAMPLES[name][0], ctx).ics;
      if (!ics) throw new Error(`${name} has no .ics`);
      expect(ics.method).toBe('REQUEST');
      expect(new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent')).not.toBeNull();
    }
    const cancelled = renderEmail(
      'recruitment.event-invitation',
      { ...event, cancelled: true, sequence: 1 },
      ctx,
    );
    expect(cancelled.subject).toBe('Aflyst: Grundkursus, dag 1');
    expect(cancelled.ics?.method).toBe('CANCEL');
    expect(cancelled.ics?.content).toContain('STATUS:CANCELLED');
    expect(renderEmail('recruitment.account-created', {}, ctx).ics).toBeUndefined();
  });

  it('tells the households why an event is cancelled, escaped, and only on a cancellation', () => {
    const mail = renderEmail(
      'recruitment.event-invitation',
      { ...event, cancelled: true, sequence: 1, cancelReason: 'Underviseren er syg <ny dato følger>' },
      ctx,
    );
    expect(mail.text).toContain('Begrundelse: Underviseren er syg <ny dato følger>');
    expect(mail.html).toContain('Begrundelse: Underviseren er syg &lt;ny dato følger&gt;');
    expect(() =>
      renderEmail('recruitment.event-invitation', { ...event, cancelReason: 'Aflyst' }, ctx),
    ).toThrow();
  });

  it('reminds of relief with time, place and a calendar file, never the child', () => {
    const mail = renderEmail('relief.booking-reminder', SAMPLES['relief.booking-reminder'][0], ctx);
    expect(mail.text).toContain(
      'fredag den 4. december 2026 kl. 16.00 til søndag den 6. december 2026 kl. 18.00',
    );
    expect(mail.text).toContain('Familien Holm');
    const ics = mail.ics;
    if (!ics) throw new Error('no .ics');
    const vevent = new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    expect(new ICAL.Event(vevent).uid).toBe(`relief-${id}@plejeportalen.example.dk`);
    expect(new ICAL.Event(vevent).sequence).toBe(1);
  });

  it('shows dates in Danish, in Danish time', () => {
    expect(renderEmail('recruitment.event-reminder', event, ctx).text).toContain(
      'torsdag den 3. december 2026 kl. 09.00 til 16.00',
    );
    expect(
      renderEmail('recruitment.expiry-warning', SAMPLES['recruitment.expiry-warning'][0], ctx).text,
    ).toContain('fredag den 15. januar 2027');
  });

  it('tells the applicant about a new message without its content, linking to their status page', () => {
    const mail = renderEmail('recruitment.new-message', { applicationId: id, forStaff: false }, ctx);
    expect(mail.subject).toBe('Du har en ny besked i Plejeportalen');
    expect(mail.text).toContain(`${ctx.publicUrl}/ansoegning/status`);
    expect(mail.text).not.toContain(id);
  });

  it('sends a newly approved family to its family page, which its new role starts on', () => {
    const mail = renderEmail(
      'recruitment.status-changed',
      { statusLabel: 'Godkendt', nextStep: 'Hold pladserne opdateret.', approved: true },
      ctx,
    );
    expect(mail.text).toContain(`${ctx.publicUrl}/min-familie`);
    expect(mail.text).not.toContain('/ansoegning/status');
  });

  it('tells the parent a consultant answered, without the question, the answer or the ticket id', () => {
    const mail = renderEmail('faq.ticket-answered', { ticketId: id }, ctx);
    expect(mail.subject).toBe('Du har fået svar fra en konsulent');
    expect(mail.text).toContain(`${ctx.publicUrl}/spoergsmaal`);
    expect(mail.text).not.toContain(id);
  });

  it('refuses params that do not fit, and a reminder for a cancelled event', () => {
    expect(() => renderEmail('recruitment.receipt', { submittedAt: 'i går' }, ctx)).toThrow();
    expect(() =>
      renderEmail('recruitment.home-visit', { ...SAMPLES['recruitment.home-visit'][0], visitNumber: 3 }, ctx),
    ).toThrow();
    expect(() => renderEmail('recruitment.event-reminder', { ...event, cancelled: true }, ctx)).toThrow();
    expect(() =>
      renderEmail('recruitment.event-invitation', { ...event, endsAt: event.startsAt }, ctx),
    ).toThrow();
    expect(() => renderEmail('recruitment.nope', {}, ctx)).toThrow();
  });
});
