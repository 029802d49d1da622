import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  AuthPayload,
  Connection,
  CurrentActor,
  GraphqlContext,
  MunicipalityModel,
  AppConfig,
  InjectConfig,
  Permission,
  setRefreshCookie,
} from '@pleje/core';
import { ApplicationsService } from '../applications.service';
import { DocumentsService } from '../documents.service';
import { ApplicationForm, copenhagenToday, validateForm } from '../application-form';
import { ApplicationView, documentView, requirementView, timelineOf } from '../application-view';
import { ApplicationStatus } from '../application-status';
import { actorMoves, PipelineService } from '../pipeline.service';
import { SaveApplicationDraftInput } from './dto/application-form.input';
import {
  ApplicationConnection,
  ApplicationFormModel,
  ApplicationMessageModel,
  ApplicationModel,
  ApplicationTransitionModel,
  DocumentModel,
  FieldProblem,
  PipelineColumn,
  RequirementModel,
  TimelineStep,
} from './dto/application.model';
import { FosterFamilyModel } from './dto/foster-family.model';
import {
  AddRequirementInput,
  ApplicationsArgs,
  ApproveApplicationInput,
  AssignApplicationInput,
  PipelineBoardArgs,
  RegisterApplicantInput,
  SendApplicationMessageInput,
  SetDocumentExpiryInput,
  TransitionApplicationInput,
  UpdateRequirementInput,
  WithdrawApplicationInput,
} from './dto/staff.input';

/** Thin: who is asking is checked by @Permission and the services; each operation calls one service method. */
@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(
    private readonly applicants: ApplicationsService,
    private readonly pipeline: PipelineService,
    private readonly documentFiles: DocumentsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  // --- public and applicant -------------------------------------------------------------------------------

  @Query(() => [MunicipalityModel], { description: 'Kommuner man kan søge om at blive plejefamilie i' })
  @Permission('recruitment.municipalities')
  applicationMunicipalities() {
    return this.applicants.municipalities();
  }

  @Mutation(() => AuthPayload, {
    description: 'Opret konto som ansøger (første trin i ansøgningen) og log ind',
  })
  @Permission('recruitment.register')
  async registerApplicant(
    @Args('input', { type: () => RegisterApplicantInput }) input: RegisterApplicantInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const session = await this.applicants.register(input, ctx.req.ip ?? 'unknown');
    setRefreshCookie(ctx.res, this.config, session.refreshToken, session.refreshExpiresAt);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, user: session.user };
  }

  @Query(() => ApplicationModel, { nullable: true })
  @Permission('application.mine')
  myApplication(@CurrentActor() actor: Actor) {
    return this.applicants.mine(actor);
  }

  @Mutation(() => ApplicationModel, {
    description: 'Gemmer kladden som den er; problemer vises i `problems`',
  })
  @Permission('application.saveDraft')
  saveApplicationDraft(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SaveApplicationDraftInput }) input: SaveApplicationDraftInput,
  ) {
    return this.applicants.saveDraft(actor, input.form as ApplicationForm, input.step);
  }

  @Mutation(() => ApplicationModel)
  @Permission('application.submit')
  submitApplication(@CurrentActor() actor: Actor) {
    return this.applicants.submit(actor);
  }

  @Mutation(() => ApplicationModel)
  @Permission('application.withdraw')
  withdrawApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => WithdrawApplicationInput }) input: WithdrawApplicationInput,
  ) {
    return this.pipeline.withdraw(actor, input.id, input.expectedVersion, input.reason);
  }

  @Mutation(() => ApplicationMessageModel)
  @Permission('application.message')
  async sendApplicationMessage(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SendApplicationMessageInput }) input: SendApplicationMessageInput,
  ) {
    const m = await this.applicants.sendMessage(actor, input.applicationId, input.body);
    return { ...m, authorName: null };
  }

  @Mutation(() => Boolean, { description: 'Slet et uploadet dokument' })
  @Permission('application.document.delete')
  deleteApplicationDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.documentFiles.delete(actor, id);
  }

  @Query(() => String, { description: 'Alle dine oplysninger som JSON (indsigt og dataportabilitet)' })
  @Permission('application.exportMine')
  exportMyApplicationData(@CurrentActor() actor: Actor) {
    return this.applicants.exportMine(actor);
  }

  // --- staff ----------------------------------------------------------------------------------------------

  @Query(() => ApplicationConnection)
  @Permission('application.list')
  applications(
    @CurrentActor() actor: Actor,
    @Args() args: ApplicationsArgs,
  ): Promise<Connection<ApplicationView>> {
    return this.pipeline.list(actor, args, args.filter ?? {});
  }

  @Query(() => [PipelineColumn])
  @Permission('application.list')
  pipelineBoard(@CurrentActor() actor: Actor, @Args() args: PipelineBoardArgs) {
    return this.pipeline.board(actor, args.filter ?? {}, args.perColumn);
  }

  @Query(() => ApplicationModel)
  @Permission('application.get')
  application(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.pipeline.get(actor, id);
  }

  @Mutation(() => ApplicationModel)
  @Permission('application.transition')
  transitionApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => TransitionApplicationInput }) input: TransitionApplicationInput,
  ) {
    return this.pipeline.transition(actor, input);
  }

  @Mutation(() => ApplicationModel)
  @Permission('application.assign')
  assignApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => AssignApplicationInput }) input: AssignApplicationInput,
  ) {
    return this.pipeline.assign(actor, input.id, input.expectedVersion, input.consultantId);
  }

  @Mutation(() => ApplicationModel)
  @Permission('application.approve')
  approveApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ApproveApplicationInput }) input: ApproveApplicationInput,
  ) {
    return this.pipeline.approve(actor, input);
  }

  @Mutation(() => RequirementModel)
  @Permission('application.requirement.update')
  async updateApplicationRequirement(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdateRequirementInput }) input: UpdateRequirementInput,
  ) {
    return requirementView(await this.pipeline.updateRequirement(actor, input), copenhagenToday());
  }

  @Mutation(() => RequirementModel)
  @Permission('application.requirement.update')
  async addApplicationRequirement(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => AddRequirementInput }) input: AddRequirementInput,
  ) {
    return requirementView(
      await this.pipeline.addRequirement(actor, input.applicationId, input.label),
      copenhagenToday(),
    );
  }

  @Mutation(() => DocumentModel, {
    description:
      'Sæt eller fjern et dokuments udløbsdato (advarsel 30 dage før; et udløbet dokument kan blokere godkendelse)',
  })
  @Permission('application.document.expiry')
  async setApplicationDocumentExpiry(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SetDocumentExpiryInput }) input: SetDocumentExpiryInput,
  ) {
    return documentView(
      await this.documentFiles.setExpiry(actor, input.id, input.expiresOn),
      copenhagenToday(),
    );
  }

  // --- fields of Application (detail page) ----------------------------------------------------------------

  @ResolveField(() => ApplicationFormModel)
  form(@Parent() app: ApplicationView) {
    return {
      ...app.form,
      applicants: app.form.applicants ?? [],
      household: app.form.household ?? [],
      familyTypes: app.form.familyTypes ?? [],
    };
  }

  @ResolveField(() => [FieldProblem], { description: 'Hvad der mangler, før ansøgningen kan sendes' })
  problems(@Parent() app: ApplicationView) {
    return app.status === ApplicationStatus.INQUIRY ? validateForm(app.form) : [];
  }

  @ResolveField(() => [ApplicationStatus], { description: 'De skridt den spørgende må tage nu' })
  allowedMoves(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    return actorMoves(actor, app);
  }

  @ResolveField(() => [TimelineStep])
  async timeline(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    const transitions = await this.pipeline.transitions(actor, app.id);
    return timelineOf(
      app,
      transitions.map((t) => ({ toStatus: t.toStatus, createdAt: t.createdAt })),
    );
  }

  @ResolveField(() => [ApplicationTransitionModel])
  transitions(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    return this.pipeline.transitions(actor, app.id);
  }

  @ResolveField(() => [ApplicationMessageModel])
  async messages(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    const rows = await this.applicants.messages(actor, app.id);
    return rows.map((m) => ({ ...m, authorName: m.fromStaff ? 'Familieplejen' : app.applicantName }));
  }

  @ResolveField(() => [RequirementModel])
  async requirements(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    const today = copenhagenToday();
    return (await this.pipeline.requirements(actor, app.id)).map((r) => requirementView(r, today));
  }

  @ResolveField(() => [DocumentModel])
  async documents(@Parent() app: ApplicationView, @CurrentActor() actor: Actor) {
    const today = copenhagenToday();
    return (await this.pipeline.documents(actor, app.id)).map((d) => documentView(d, today));
  }

  @ResolveField(() => FosterFamilyModel, { nullable: true })
  fosterFamily(@Parent() app: ApplicationView) {
    return app.status === ApplicationStatus.APPROVED ? this.pipeline.fosterFamilyOf(app.id) : null;
  }
}
