import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { PeerGroupStatus } from '../peer-group.entity';
import { PeerCompositionService } from '../peer-composition.service';
import { PeerGroupsService } from '../peer-groups.service';
import { PeerSessionsService } from '../peer-sessions.service';
import {
  ConfirmPeerCompositionInput,
  CreatePeerSessionsInput,
  MyPeerGroupModel,
  OpenPeerGroupModel,
  PeerAttendanceModel,
  PeerCompositionModel,
  PeerFosterFamilyModel,
  PeerGroupDetailModel,
  PeerGroupMetricsModel,
  PeerGroupModel,
  PeerMateModel,
  PeerMembershipModel,
  PeerMustNotPairModel,
  PeerParticipantModel,
  PeerSessionModel,
  ProposePeerGroupsInput,
  RecordPeerAttendanceInput,
  RegisterPeerChildInput,
  SavePeerGroupInput,
} from './peer-groups.model';

/** Thin: @Permission checks the role; the services check the municipality, the family and the rules. */
@Resolver()
export class PeerGroupsResolver {
  constructor(
    private readonly groups: PeerGroupsService,
    private readonly sessions: PeerSessionsService,
    private readonly composition: PeerCompositionService,
  ) {}

  // ---- network consultant ----

  @Query(() => [PeerGroupModel], { description: 'Netværksgrupper i kommunen' })
  @Permission('peerGroup.list')
  peerGroups(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => PeerGroupStatus, nullable: true }) status?: PeerGroupStatus | null,
  ) {
    return this.groups.groups(actor, status);
  }

  @Query(() => PeerGroupDetailModel, { description: 'En gruppe med medlemmer, venteliste og møder' })
  @Permission('peerGroup.get')
  peerGroup(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.groups.group(actor, id);
  }

  @Mutation(() => PeerGroupModel)
  @Permission('peerGroup.manage')
  savePeerGroup(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SavePeerGroupInput }) input: SavePeerGroupInput,
  ) {
    return this.groups.saveGroup(actor, input);
  }

  @Query(() => [PeerParticipantModel], { description: 'Plejebørn der kan komme i netværksgrupper' })
  @Permission('peerGroup.children')
  peerChildren(
    @CurrentActor() actor: Actor,
    @Args('ageMin', { type: () => Int, nullable: true }) ageMin?: number | null,
    @Args('ageMax', { type: () => Int, nullable: true }) ageMax?: number | null,
  ) {
    return this.groups.children(actor, { ageMin, ageMax });
  }

  @Mutation(() => PeerParticipantModel, {
    description: 'Opret et barn direkte (uden anbringelse i portalen)',
  })
  @Permission('peerGroup.registerChild')
  registerPeerChild(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => RegisterPeerChildInput }) input: RegisterPeerChildInput,
  ) {
    return this.groups.registerChild(actor, input);
  }

  @Query(() => [PeerFosterFamilyModel], {
    description: 'Kommunens aktive plejefamilier (id og navn) til at oprette et barn direkte',
  })
  @Permission('peerGroup.fosterFamilies')
  peerFosterFamilies(@CurrentActor() actor: Actor) {
    return this.groups.fosterFamilies(actor);
  }

  @Mutation(() => PeerParticipantModel, { description: 'Sagen kræver (også) sagsbehandlerens samtykke' })
  @Permission('peerGroup.consentRule')
  setPeerCaseworkerConsentRequired(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('required', { type: () => Boolean }) required: boolean,
  ) {
    return this.groups.setCaseworkerConsentRequired(actor, participantId, required);
  }

  @Query(() => [PeerMustNotPairModel], { description: '"Må ikke være i samme gruppe"-par' })
  @Permission('peerGroup.mustNot')
  peerMustNotPairs(@CurrentActor() actor: Actor) {
    return this.groups.mustNotPairs(actor);
  }

  @Mutation(() => PeerMustNotPairModel)
  @Permission('peerGroup.mustNot')
  addPeerMustNotPair(
    @CurrentActor() actor: Actor,
    @Args('participantAId', { type: () => ID }) a: string,
    @Args('participantBId', { type: () => ID }) b: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.groups.addMustNotPair(actor, a, b, note);
  }

  @Mutation(() => Boolean)
  @Permission('peerGroup.mustNot')
  removePeerMustNotPair(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.groups.removeMustNotPair(actor, id);
  }

  @Query(() => [PeerMateModel], { description: 'Tidligere gruppekammerater' })
  @Permission('peerGroup.mateHistory')
  peerMateHistory(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }) participantId: string,
  ) {
    return this.groups.mateHistory(actor, participantId);
  }

  @Mutation(() => PeerMembershipModel, {
    description: 'Inviter: INVITED hvis der er plads, ellers venteliste',
  })
  @Permission('peerGroup.invite')
  invitePeerMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('participantId', { type: () => ID }) participantId: string,
  ) {
    return this.groups.invite(actor, groupId, participantId);
  }

  @Mutation(() => PeerCompositionModel, { description: 'Foreslå grupper ud fra alder og bopæl' })
  @Permission('peerGroup.compose')
  proposePeerGroups(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ProposePeerGroupsInput }) input: ProposePeerGroupsInput,
  ) {
    return this.composition.propose(actor, input);
  }

  @Query(() => PeerCompositionModel)
  @Permission('peerGroup.compose')
  peerComposition(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.composition.composition(actor, id);
  }

  @Mutation(() => PeerCompositionModel, {
    description: 'Flyt et barn til en anden foreslået gruppe (0-baseret)',
  })
  @Permission('peerGroup.compose')
  movePeerCompositionChild(
    @CurrentActor() actor: Actor,
    @Args('compositionId', { type: () => ID }) compositionId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('toGroup', { type: () => Int }) toGroup: number,
  ) {
    return this.composition.move(actor, compositionId, expectedVersion, participantId, toGroup);
  }

  @Mutation(() => [PeerGroupModel], { description: 'Opret grupperne og inviter børnene (afventer samtykke)' })
  @Permission('peerGroup.compose')
  confirmPeerComposition(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ConfirmPeerCompositionInput }) input: ConfirmPeerCompositionInput,
  ) {
    return this.composition.confirm(actor, input);
  }

  @Mutation(() => [PeerSessionModel], { description: 'Opret møder, fx hver 2. tirsdag i N uger' })
  @Permission('peerGroup.manage')
  createPeerSessions(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreatePeerSessionsInput }) input: CreatePeerSessionsInput,
  ) {
    return this.sessions.createSessions(actor, input);
  }

  @Mutation(() => PeerSessionModel, { description: 'Aflys et møde; alle medlemmers familier får besked' })
  @Permission('peerGroup.manage')
  cancelPeerSession(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.sessions.cancelSession(actor, id, reason);
  }

  @Query(() => [PeerAttendanceModel])
  @Permission('peerGroup.attendance')
  peerAttendance(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string) {
    return this.sessions.attendance(actor, sessionId);
  }

  @Mutation(() => [PeerAttendanceModel])
  @Permission('peerGroup.attendance')
  recordPeerAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => RecordPeerAttendanceInput }) input: RecordPeerAttendanceInput,
  ) {
    return this.sessions.recordAttendance(actor, input.sessionId, input.entries);
  }

  @Query(() => [PeerGroupMetricsModel], { description: 'Fremmøde, frafald og ventetid pr. gruppe' })
  @Permission('peerGroup.metrics')
  peerGroupMetrics(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID, nullable: true }) groupId?: string | null,
  ) {
    return this.sessions.metrics(actor, groupId);
  }

  // ---- foster families ----

  @Query(() => [MyPeerGroupModel], { description: 'Mine børns (og egne) grupper og næste møder' })
  @Permission('peerGroup.mine')
  myPeerGroups(@CurrentActor() actor: Actor) {
    return this.groups.myGroups(actor);
  }

  @Query(() => [PeerParticipantModel], { description: 'Mine plejebørn og familien selv, til at søge plads' })
  @Permission('peerGroup.mine')
  myPeerParticipants(@CurrentActor() actor: Actor) {
    return this.groups.myParticipants(actor);
  }

  @Query(() => [OpenPeerGroupModel], { description: 'Grupper man kan søge plads i' })
  @Permission('peerGroup.open')
  openPeerGroups(@CurrentActor() actor: Actor) {
    return this.groups.openGroups(actor);
  }

  @Mutation(() => PeerMembershipModel, { description: 'Søg plads (det er også familiens samtykke)' })
  @Permission('peerGroup.request')
  requestPeerGroupPlace(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('participantId', { type: () => ID }) participantId: string,
  ) {
    return this.groups.requestPlace(actor, groupId, participantId);
  }

  @Mutation(() => PeerMembershipModel, {
    description: 'Giv eller afslå samtykke (plejefamilie eller sagsbehandler)',
  })
  @Permission('peerGroup.consent')
  respondToPeerInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('consent', { type: () => Boolean }) consent: boolean,
  ) {
    return this.groups.respond(actor, membershipId, consent);
  }

  @Query(() => [PeerMembershipModel], { description: 'Invitationer der venter på sagsbehandlerens samtykke' })
  @Permission('peerGroup.consentsAwaiting')
  peerConsentsAwaiting(@CurrentActor() actor: Actor) {
    return this.groups.consentsAwaiting(actor);
  }

  @Mutation(() => PeerMembershipModel, { description: 'Hold pause til en dato; pladsen går videre imens' })
  @Permission('peerGroup.pauseLeave')
  pausePeerMembership(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('until', { type: () => String, description: 'YYYY-MM-DD' }) until: string,
  ) {
    return this.groups.pause(actor, membershipId, until);
  }

  @Mutation(() => PeerMembershipModel)
  @Permission('peerGroup.pauseLeave')
  leavePeerMembership(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ) {
    return this.groups.leave(actor, membershipId);
  }
}
