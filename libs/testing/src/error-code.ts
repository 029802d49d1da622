/**
 * What a call ended with, for asserting typed errors: 'OK', or the error's string code (`extensions.code` of
 * AppError and its subclasses), else its text.
 */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
