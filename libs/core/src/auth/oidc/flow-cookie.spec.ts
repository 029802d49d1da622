import { createHash } from 'node:crypto';
import { createFlowState, FLOW_TTL_MS, openFlowState, pkceChallenge, sealFlowState } from './flow-cookie';

const SECRET = 'a-test-secret-that-is-long-enough-000';

describe('OIDC flow cookie', () => {
  it('round-trips the flow state through an opaque, encrypted value', () => {
    const flow = createFlowState(1_000);
    const sealed = sealFlowState(flow, SECRET);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    for (const secret of [flow.state, flow.nonce, flow.verifier]) expect(sealed).not.toContain(secret);
    expect(openFlowState(sealed, SECRET, 2_000)).toEqual(flow);
  });

  it('makes fresh random values for every flow (43-character base64url, i.e. 256 bits)', () => {
    const a = createFlowState();
    const b = createFlowState();
    expect(a.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([a.state, a.nonce, a.verifier, b.state, b.nonce, b.verifier]).size).toBe(6);
  });

  it('expires after ten minutes', () => {
    const flow = createFlowState(0);
    const sealed = sealFlowState(flow, SECRET);
    expect(openFlowState(sealed, SECRET, FLOW_TTL_MS - 1)).not.toBeNull();
    expect(openFlowState(sealed, SECRET, FLOW_TTL_MS)).toBeNull();
  });

  it('refuses a cookie sealed with another secret, altered in any part, or malformed', () => {
    const sealed = sealFlowState(createFlowState(), SECRET);
    expect(openFlowState(sealed, `${SECRET}x`)).toBeNull();
    const parts = sealed.split('.');
    for (let i = 1; i < parts.length; i++) {
      const altered = [...parts];
      altered[i] = `${altered[i][0] === 'A' ? 'B' : 'A'}${altered[i].slice(1)}`;
      expect(openFlowState(altered.join('.'), SECRET)).toBeNull();
    }
    for (const bad of [undefined, '', 'v1', 'v2.a.b.c', `${sealed}.extra`, 'x'.repeat(2000)]) {
      expect(openFlowState(bad, SECRET)).toBeNull();
    }
  });

  it('derives the PKCE S256 challenge as in RFC 7636 appendix B', () => {
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const verifier = createFlowState().verifier;
    expect(pkceChallenge(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});
