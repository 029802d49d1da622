import { RequirementKind } from '../application-requirement.entity';
import { RecruitmentEventKind } from '../recruitment-event.entity';
import { applicantNames, courseRequirement, homeAddress } from './event-views';
import { eventFieldProblems } from './recruitment-events.service';

describe('event views', () => {
  it('names the household by first names', () => {
    expect(applicantNames({ applicants: [{ firstName: 'Anna' }, { firstName: ' Bo ' }] })).toBe('Anna og Bo');
    expect(applicantNames({ applicants: [{ firstName: 'Eva' }] })).toBe('Eva');
    expect(applicantNames({ applicants: [{ firstName: '' }] })).toBe('Ansøger');
    expect(applicantNames(null)).toBe('Ansøger');
  });

  it('builds the visit address from the form, with a fallback that keeps the mail valid', () => {
    expect(homeAddress({ street: 'Testvej 1', postalCode: '8000', city: 'Aarhus C' })).toBe(
      'Testvej 1, 8000 Aarhus C',
    );
    expect(homeAddress({ postalCode: '8000' })).toBe('8000');
    expect(homeAddress({})).toBe('Jeres adresse');
  });

  it('maps course kinds to checklist lines (the network course counts as days 1-2)', () => {
    expect(courseRequirement(RecruitmentEventKind.COURSE_DAYS_1_2)).toBe(RequirementKind.COURSE_DAYS_1_2);
    expect(courseRequirement(RecruitmentEventKind.NETWORK_COURSE)).toBe(RequirementKind.COURSE_DAYS_1_2);
    expect(courseRequirement(RecruitmentEventKind.COURSE_DAYS_3_4)).toBe(RequirementKind.COURSE_DAYS_3_4);
    expect(courseRequirement(RecruitmentEventKind.INFO_MEETING)).toBeNull();
  });
});

describe('eventFieldProblems', () => {
  const startsAt = new Date(Date.now() + 3600_000);
  const valid = {
    title: 'Informationsmøde',
    place: 'Rådhuset',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3600_000),
    capacity: 20,
  };

  it('accepts a valid event', () => {
    expect(eventFieldProblems(valid, { startMustBeFuture: true, signups: 20 })).toEqual({});
  });

  it('names every bad field in Danish', () => {
    expect(
      eventFieldProblems(
        { ...valid, title: ' ', place: '', capacity: 501, endsAt: startsAt },
        { startMustBeFuture: true },
      ),
    ).toEqual({
      title: 'Skriv en titel.',
      place: 'Skriv hvor arrangementet holdes.',
      capacity: 'Antal pladser skal være et helt tal mellem 1 og 500.',
      endsAt: 'Sluttidspunktet skal ligge efter starttidspunktet.',
    });
  });

  it('refuses a capacity below the signups and a start in the past when asked to', () => {
    expect(eventFieldProblems({ ...valid, capacity: 3 }, { signups: 4 }).capacity).toMatch(/4 tilmeldte/);
    const past = new Date(Date.now() - 3600_000);
    expect(
      eventFieldProblems({ ...valid, startsAt: past, endsAt: new Date() }, { startMustBeFuture: true }),
    ).toEqual({ startsAt: 'Starttidspunktet skal ligge i fremtiden.' });
    expect(eventFieldProblems({ ...valid, startsAt: past, endsAt: new Date() })).toEqual({});
  });
});
