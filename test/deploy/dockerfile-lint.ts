import { DockerfileParser, ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import { validate, ValidationSeverity } from 'dockerfile-utils';

/**
 * A Dockerfile linter for machines without hadolint: dockerfile-utils checks the syntax the Docker
 * builder enforces, and the rules below cover the hadolint/BuildKit checks that matter for this image.
 * Codes follow hadolint (DLxxxx) or BuildKit's check names where one exists.
 */
export interface DockerfileProblem {
  code: string;
  line: number;
  message: string;
}

interface Stage {
  name: string | null;
  image: string | null;
  instructions: Instruction[];
}

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY)/i;

function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line + 1;
}

function splitStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const args = instruction.getArguments().map((a) => a.getValue());
      const asIndex = args.findIndex((a) => a.toUpperCase() === 'AS');
      const image = args.find((a) => !a.startsWith('--')) ?? null;
      stages.push({ name: asIndex >= 0 ? (args[asIndex + 1] ?? null) : null, image, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

function checkBaseImage(
  image: string,
  stageNames: Set<string>,
  line: number,
  out: DockerfileProblem[],
): void {
  if (stageNames.has(image) || image === 'scratch') return;
  const last = image.split('/').pop() ?? image;
  if (image.includes('@sha256:')) return;
  if (!last.includes(':')) {
    out.push({ code: 'DL3006', line, message: `Base image "${image}" has no tag` });
  } else if (last.endsWith(':latest')) {
    out.push({ code: 'DL3007', line, message: `Base image "${image}" uses the floating tag "latest"` });
  }
}

function checkRun(instruction: Instruction, out: DockerfileProblem[]): void {
  const line = lineOf(instruction);
  const script = instruction.getArgumentsContent() ?? '';
  if (/\bapt-get\s+(-\S+\s+)*install\b/.test(script)) {
    if (!script.includes('--no-install-recommends')) {
      out.push({ code: 'DL3015', line, message: 'apt-get install without --no-install-recommends' });
    }
    if (!/rm -rf \/var\/lib\/apt\/lists/.test(script)) {
      out.push({ code: 'DL3009', line, message: 'apt lists are not removed after apt-get install' });
    }
  }
  const globalInstall = /\bnpm\s+(?:install|i)\s+(?:-g|--global)\s+([^\s&;|]+)/.exec(script);
  if (globalInstall?.[1] && !/@\d/.test(globalInstall[1].replace(/^@[^/]+\//, ''))) {
    out.push({
      code: 'DL3016',
      line,
      message: `npm install -g ${globalInstall[1]} is not pinned to a version`,
    });
  }
  // The project's own dependencies come from the lockfile only; `npm install` may rewrite it.
  if (/\bnpm\s+(?:install|i)\b(?!\s+(?:-g|--global)\b)/.test(script)) {
    out.push({
      code: 'PLEJE.NPM_CI',
      line,
      message: 'Use npm ci, not npm install, for the project dependencies',
    });
  }
  if (/\bsudo\b/.test(script)) out.push({ code: 'DL3004', line, message: 'Do not use sudo' });
  // Shell form only: a pipe (not ||) without pipefail reports the last command's status alone.
  if (
    !script.trim().startsWith('[') &&
    /(^|[^|])\|([^|]|$)/.test(script) &&
    !script.includes('set -o pipefail')
  ) {
    out.push({ code: 'DL4006', line, message: 'A pipe in RUN hides failures without set -o pipefail' });
  }
}

export function lintDockerfile(content: string): DockerfileProblem[] {
  const problems: DockerfileProblem[] = [];

  for (const d of validate(content)) {
    problems.push({
      code: `DFU.${String(d.code ?? 'SYNTAX')}`,
      line: d.range.start.line + 1,
      message: `${d.severity === ValidationSeverity.WARNING ? 'warning: ' : ''}${d.message}`,
    });
  }

  const dockerfile = DockerfileParser.parse(content);
  const stages = splitStages(dockerfile.getInstructions());
  if (stages.length === 0) {
    problems.push({ code: 'PLEJE.NO_FROM', line: 1, message: 'No FROM instruction' });
    return problems;
  }

  const stageNames = new Set<string>();
  for (const from of dockerfile.getFROMs()) {
    const image = from.getImage();
    if (image) checkBaseImage(image, stageNames, lineOf(from), problems);
    const stage = from.getBuildStage();
    if (stage) {
      if (stage !== stage.toLowerCase()) {
        problems.push({
          code: 'StageNameCasing',
          line: lineOf(from),
          message: `Stage name "${stage}" should be lowercase`,
        });
      }
      stageNames.add(stage);
    }
  }

  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    const line = lineOf(instruction);
    const raw = instruction.getArgumentsContent() ?? '';
    if (keyword === 'ADD' && !/https?:\/\/|\.tar(\.\w+)?\b|--checksum/.test(raw)) {
      problems.push({ code: 'DL3020', line, message: 'Use COPY instead of ADD for files and folders' });
    }
    if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && !raw.trim().startsWith('[')) {
      problems.push({
        code: 'DL3025',
        line,
        message: `${keyword} should use the JSON (exec) form so signals reach the app`,
      });
    }
    if (keyword === 'RUN') checkRun(instruction, problems);
    if (keyword === 'ENV' || keyword === 'ARG') {
      for (const arg of instruction.getArguments()) {
        const name = arg.getValue().split('=')[0] ?? '';
        if (SECRET_NAME.test(name)) {
          problems.push({
            code: 'SecretsUsedInArgOrEnv',
            line,
            message: `${keyword} ${name} bakes a secret into the image; pass it at run time`,
          });
        }
      }
    }
  }

  const final = stages.at(-1)!;
  const finalLine = final.instructions[0] ? lineOf(final.instructions[0]) : 1;
  const users = final.instructions.filter((i) => i.getKeyword() === 'USER');
  const lastUser = users.at(-1)?.getArgumentsContent()?.trim();
  if (!lastUser) {
    problems.push({
      code: 'PLEJE.NO_USER',
      line: finalLine,
      message: 'The final stage runs as root (no USER)',
    });
  } else if (/^(root|0)(:.*)?$/.test(lastUser)) {
    problems.push({ code: 'DL3002', line: lineOf(users.at(-1)!), message: 'The last USER is root' });
  }
  const healthchecks = final.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK');
  if (healthchecks.length === 0 || /^NONE$/i.test(healthchecks.at(-1)?.getArgumentsContent()?.trim() ?? '')) {
    problems.push({
      code: 'PLEJE.NO_HEALTHCHECK',
      line: finalLine,
      message: 'The final stage has no HEALTHCHECK',
    });
  }
  if (!final.instructions.some((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT')) {
    problems.push({
      code: 'PLEJE.NO_CMD',
      line: finalLine,
      message: 'The final stage has no CMD or ENTRYPOINT',
    });
  }
  return problems;
}

/** The stages of a Dockerfile with their instructions, for tests that check what goes where. */
export function dockerfileStages(content: string): Array<{
  name: string | null;
  image: string | null;
  instructions: Array<{ keyword: string; args: string; flags: string[] }>;
}> {
  return splitStages(DockerfileParser.parse(content).getInstructions()).map((stage) => ({
    name: stage.name,
    image: stage.image,
    instructions: stage.instructions.map((i) => {
      // getArgumentsContent() leaves out flags such as COPY --from=stage; they come from getFlags().
      const flags =
        i instanceof ModifiableInstruction
          ? i
              .getFlags()
              .map((f) => (f.getValue() === null ? `--${f.getName()}` : `--${f.getName()}=${f.getValue()}`))
          : [];
      return { keyword: i.getKeyword(), args: i.getArgumentsContent() ?? '', flags };
    }),
  }));
}
