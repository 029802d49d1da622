import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, Permission } from '@pleje/core';
import { FamilyType } from '../../../recruitment/src/application-form';
import { FosterFamily } from '../../../recruitment/src/foster-family.entity';
import { FosterFamilyModel } from '../../../recruitment/src/graphql/dto/foster-family.model';
import type { FactorKey } from '../algorithm/types';
import {
  CULTURE_TAGS,
  FACTOR_KEYS,
  FACTOR_LABELS_DA,
  FEATURE_TAGS,
  LANGUAGE_NAMES_DA,
  NEED_TAGS,
  WISH_TAGS,
} from '../algorithm/vocabulary';
import { FamilyProfilesService } from '../family-profiles.service';
import { MatchProposal, ProposalStatus } from '../match-proposal.entity';
import { MatchingService } from '../matching.service';
import { NetworkService } from '../network.service';
import { NeedsService } from '../needs.service';
import { PlacementNeed } from '../placement-need.entity';
import { Placement } from '../placement.entity';
import { PlacementsService } from '../placements.service';
import {
  BatchRun,
  EndPlacementInput,
  FamilyAssessmentInput,
  FamilyMatchProfileModel,
  FamilyOwnProfileInput,
  FamilyRanking,
  MatchEvaluation,
  MatchingNetworkOptions,
  MatchingVocabulary,
  MatchingWeight,
  MatchingWeightInput,
  MatchProposalModel,
  PlacementModel,
  PlacementNeedConnection,
  PlacementNeedInput,
  PlacementNeedModel,
  PlacementNeedsArgs,
  RankedFamily,
  ScoreBandOutcomeModel,
  UpdatePlacementNeedInput,
} from './dto/matching.model';

/** The recruitment profile as GraphQL shows it (approval types are FamilyType values). */
function familyModel(f: FosterFamily): FosterFamilyModel {
  return { ...f, approvalTypes: f.approvalTypes as FamilyType[] };
}

const options = (tags: Record<string, string>) =>
  Object.entries(tags).map(([value, label]) => ({ value, label }));

/** Thin: @Permission checks the role; services check the municipality and the rules. */
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly needs: NeedsService,
    private readonly matching: MatchingService,
    private readonly placementsService: PlacementsService,
    private readonly profiles: FamilyProfilesService,
    private readonly network: NetworkService,
  ) {}

  @Query(() => MatchingVocabulary, {
    description: 'Behov, kultur, ønsker, hjemmets kendetegn, sprog og faktorer',
  })
  @Permission('matching.vocabulary')
  matchingVocabulary(): MatchingVocabulary {
    return {
      needs: options(NEED_TAGS),
      culture: options(CULTURE_TAGS),
      wishes: options(WISH_TAGS),
      features: options(FEATURE_TAGS),
      languages: options(LANGUAGE_NAMES_DA as Record<string, string>),
      factors: FACTOR_KEYS.map((k) => ({ value: k, label: FACTOR_LABELS_DA[k] })),
    };
  }

  @Query(() => PlacementNeedConnection)
  @Permission('placementNeed.list')
  placementNeeds(
    @CurrentActor() actor: Actor,
    @Args() args: PlacementNeedsArgs,
  ): Promise<Connection<PlacementNeed>> {
    return this.needs.list(actor, args, args.status);
  }

  @Query(() => PlacementNeedModel)
  @Permission('placementNeed.get')
  placementNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.needs.get(actor, id);
  }

  @Mutation(() => PlacementNeedModel)
  @Permission('placementNeed.create')
  createPlacementNeed(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => PlacementNeedInput }) input: PlacementNeedInput,
  ) {
    return this.needs.create(actor, input);
  }

  @Mutation(() => PlacementNeedModel)
  @Permission('placementNeed.update')
  updatePlacementNeed(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdatePlacementNeedInput }) input: UpdatePlacementNeedInput,
  ) {
    return this.needs.update(actor, input.id, input.expectedVersion, input.need);
  }

  @Mutation(() => PlacementNeedModel)
  @Permission('placementNeed.cancel')
  cancelPlacementNeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.needs.cancel(actor, id, reason);
  }

  @Query(() => FamilyRanking, {
    description: 'Familier der kan tage barnet: netværk først, derefter efter score',
  })
  @Permission('matching.rank')
  async familyRanking(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('limit', { type: () => Number, defaultValue: 20 }) limit: number,
  ): Promise<FamilyRanking> {
    const { need, ranked, considered, network } = await this.matching.rankForNeed(
      actor,
      needId,
      Math.min(Math.max(1, limit), 100),
    );
    return {
      need,
      considered,
      network: network.map((c) => ({ ...c, family: c.family ? familyModel(c.family) : null })),
      families: ranked.map((r) => ({ ...r, family: familyModel(r.family) })),
    };
  }

  @Query(() => MatchingNetworkOptions, {
    description: 'Netværksplejefamilier og åbne netværksansøgninger, som kan knyttes til et barn',
  })
  @Permission('matching.networkOptions')
  async matchingNetworkOptions(@CurrentActor() actor: Actor): Promise<MatchingNetworkOptions> {
    const [families, applications] = await Promise.all([
      this.network.approvedFamilies(actor),
      this.network.applicationOptions(actor),
    ]);
    return { families: families.map(familyModel), applications };
  }

  @Query(() => RankedFamily, {
    description: 'Én families vurdering for ét barn, også hvis en regel udelukker den',
  })
  @Permission('matching.rank')
  async familyEvaluation(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('familyId', { type: () => ID }) familyId: string,
  ): Promise<RankedFamily> {
    const r = await this.matching.evaluateFamily(actor, needId, familyId);
    return { ...r, family: familyModel(r.family) };
  }

  @Mutation(() => MatchProposalModel)
  @Permission('matching.propose')
  async proposeFamily(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('familyId', { type: () => ID }) familyId: string,
  ) {
    const proposal = await this.matching.propose(actor, needId, familyId);
    return (await this.proposalModels(actor, [proposal]))[0];
  }

  @Mutation(() => BatchRun, {
    description: 'Bedste samlede fordeling af alle ventende børn (eksakt optimering)',
  })
  @Permission('matching.batch')
  async runMatchingBatch(@CurrentActor() actor: Actor): Promise<BatchRun> {
    const { batch, proposals, unassigned, unassignedReasons } = await this.matching.runBatch(actor);
    return {
      ...batch,
      proposals: await this.proposalModels(actor, proposals),
      unassigned,
      unassignedReasons,
    };
  }

  @Query(() => [MatchProposalModel])
  @Permission('matching.proposals')
  async matchProposals(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => ProposalStatus, nullable: true, defaultValue: ProposalStatus.PROPOSED })
    status: ProposalStatus | null,
    @Args('needId', { type: () => ID, nullable: true }) needId?: string | null,
  ) {
    return this.proposalModels(actor, await this.matching.proposals(actor, status, needId));
  }

  @Mutation(() => PlacementModel, {
    description: 'Godkend forslaget: anbringelsen oprettes og pladsen tages',
  })
  @Permission('matching.decide')
  async acceptMatchProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    const placement = await this.matching.accept(actor, id, reason);
    return (await this.placementModels([placement]))[0];
  }

  @Mutation(() => MatchProposalModel)
  @Permission('matching.decide')
  async declineMatchProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return (await this.proposalModels(actor, [await this.matching.decline(actor, id, reason)]))[0];
  }

  @Query(() => [MatchingWeight])
  @Permission('matching.weights')
  async matchingWeights(@CurrentActor() actor: Actor): Promise<MatchingWeight[]> {
    const weights = await this.matching.weights(actor);
    return FACTOR_KEYS.map((key) => ({ key, label: FACTOR_LABELS_DA[key], weight: weights[key] }));
  }

  @Mutation(() => [MatchingWeight])
  @Permission('matching.weights.update')
  async setMatchingWeights(
    @CurrentActor() actor: Actor,
    @Args('weights', { type: () => [MatchingWeightInput] }) weights: MatchingWeightInput[],
  ): Promise<MatchingWeight[]> {
    const unknown = weights.filter((w) => !FACTOR_KEYS.includes(w.key as FactorKey));
    const partial = Object.fromEntries(weights.map((w) => [w.key, w.weight])) as Partial<
      Record<FactorKey, number>
    >;
    const saved = await this.matching.setWeights(
      actor,
      unknown.length ? { ...partial, [unknown[0].key]: -1 } : partial,
    );
    return FACTOR_KEYS.map((key) => ({ key, label: FACTOR_LABELS_DA[key], weight: saved[key] }));
  }

  @Query(() => [PlacementModel])
  @Permission('placement.list')
  async placements(
    @CurrentActor() actor: Actor,
    @Args('active', { type: () => Boolean, nullable: true, defaultValue: true }) active: boolean | null,
  ) {
    return this.placementModels(await this.placementsService.list(actor, active));
  }

  @Mutation(() => PlacementModel)
  @Permission('placement.end')
  async endPlacement(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => EndPlacementInput }) input: EndPlacementInput,
  ) {
    return (await this.placementModels([await this.placementsService.end(actor, input)]))[0];
  }

  @Query(() => [ScoreBandOutcomeModel], { description: 'Sammenbrud fordelt på matchscore' })
  @Permission('placement.outcomes')
  placementOutcomes(@CurrentActor() actor: Actor) {
    return this.placementsService.outcomes(actor);
  }

  @Query(() => FamilyMatchProfileModel)
  @Permission('familyProfile.get')
  async familyMatchProfile(
    @CurrentActor() actor: Actor,
    @Args('familyId', { type: () => ID }) familyId: string,
  ) {
    const { family, profile } = await this.profiles.get(actor, familyId);
    return { ...profile, family: familyModel(family) };
  }

  @Query(() => FamilyMatchProfileModel, { nullable: true })
  @Permission('familyProfile.mine')
  async myFamilyMatchProfile(@CurrentActor() actor: Actor) {
    const found = await this.profiles.mine(actor);
    return found ? { ...found.profile, family: familyModel(found.family) } : null;
  }

  @Mutation(() => FamilyMatchProfileModel)
  @Permission('familyProfile.updateOwn')
  async updateFamilyMatchProfile(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => FamilyOwnProfileInput }) input: FamilyOwnProfileInput,
  ) {
    const { familyId, expectedVersion, ...data } = input;
    const { family, profile } = await this.profiles.updateOwn(actor, familyId, expectedVersion, data);
    return { ...profile, family: familyModel(family) };
  }

  @Mutation(() => FamilyMatchProfileModel)
  @Permission('familyProfile.assess')
  async assessFamilyMatchProfile(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => FamilyAssessmentInput }) input: FamilyAssessmentInput,
  ) {
    const { familyId, expectedVersion, ...data } = input;
    const { family, profile } = await this.profiles.assess(actor, familyId, expectedVersion, data);
    return { ...profile, family: familyModel(family) };
  }

  /** Proposals with their need and family (the service loads what the rows do not carry yet). */
  private async proposalModels(actor: Actor, rows: MatchProposal[]): Promise<MatchProposalModel[]> {
    await this.matching.withRelations(actor, rows);
    const inApproval = await this.network.inApprovalByNeed(rows.map((r) => r.need!));
    return rows.map((r) => ({
      ...r,
      need: r.need!,
      family: familyModel(r.fosterFamily!),
      evaluation: r.evaluation as MatchEvaluation,
      networkInApproval: (inApproval.get(r.needId) ?? []).map((c) => ({ ...c, family: null })),
    }));
  }

  private async placementModels(rows: Placement[]): Promise<PlacementModel[]> {
    return rows.map((r) => ({ ...r, need: r.need!, family: familyModel(r.fosterFamily!) }));
  }
}
