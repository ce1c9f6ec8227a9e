import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

const japan = { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' };
const brazil = { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' };

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`DELETE /api/v1/teams/{id} [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('refuses a team with members, then deletes it once they moved: its open conversations lose the team, resolved ones keep it', async () => {
      for (const [code, body] of [['jp', japan], ['br', brazil]] as const) {
        expect((await t().request({ method: 'PUT', url: `/api/v1/markets/${code}`, body })).statusCode).toBeLessThan(300);
      }
      for (const [id, name] of [['tokyo', 'Tokyo office'], ['osaka', 'Osaka hub']]) {
        expect((await t().request({ method: 'PUT', url: `/api/v1/teams/${id}`, body: { name, kind: 'local', timeZone: 'Asia/Tokyo', markets: ['jp'] } })).statusCode).toBe(201);
      }
      const agent = { name: '佐藤 健', email: 'ken@example.jp', role: 'agent', teams: ['tokyo'], languages: [{ language: 'ja', level: 'native' }] };
      expect((await t().request({ method: 'PUT', url: '/api/v1/agents/ken', body: agent })).statusCode).toBe(201);

      const ingest = async (externalId: string, handle: string) => (await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'line', externalId, customer: { handle, country: 'JP' }, text: '注文した商品がまだ届いていません。',
      } })).json().conversation.id as string;
      const open = await ingest('team-del-1', 'U-open');
      const resolved = await ingest('team-del-2', 'U-resolved');
      const { db } = t().runtime.ctx.store;
      await db.updateTable('conversations').set({ team_id: 'tokyo' }).where('id', 'in', [open, resolved]).execute();
      expect((await t().request({ method: 'PATCH', url: `/api/v1/conversations/${resolved}`, body: { status: 'resolved' } })).statusCode).toBe(200);

      const refused = await t().request({ method: 'DELETE', url: '/api/v1/teams/tokyo' });
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'BL_CONFLICT' });
      expect(refused.json().detail).toContain('ken');
      expect((await t().request({ method: 'GET', url: '/api/v1/teams/tokyo' })).statusCode).toBe(200);

      expect((await t().request({ method: 'PUT', url: '/api/v1/agents/ken', body: { ...agent, teams: ['osaka'] } })).statusCode).toBe(200);
      const deleted = await t().request({ method: 'DELETE', url: '/api/v1/teams/tokyo' });
      expect(deleted.statusCode, deleted.body).toBe(204);
      expect((await t().request({ method: 'GET', url: '/api/v1/teams/tokyo' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/teams' })).json().items.map((team: { id: string }) => team.id)).toEqual(['osaka']);
      expect((await t().request({ method: 'GET', url: `/api/v1/conversations/${open}` })).json().team).toBeNull();
      expect((await t().request({ method: 'GET', url: `/api/v1/conversations/${resolved}` })).json().team).toBe('tokyo');

      const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'team.deleted').execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.changes)).toMatchObject({ name: 'Tokyo office', markets: ['jp'], conversationsReleased: 1 });

      // A team of that name can be created again afterwards.
      expect((await t().request({ method: 'PUT', url: '/api/v1/teams/tokyo', body: { name: 'Tokyo office', kind: 'local', timeZone: 'Asia/Tokyo', markets: ['jp'] } })).statusCode).toBe(201);
    });

    it('answers 404 for an unknown team and 400 for a malformed id, changing nothing', async () => {
      const before = await t().runtime.ctx.store.db.selectFrom('teams').select('id').execute();
      const unknown = await t().request({ method: 'DELETE', url: '/api/v1/teams/no-such-team' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('BL_NOT_FOUND');
      expect((await t().request({ method: 'DELETE', url: '/api/v1/teams/Not%20An%20Id' })).statusCode).toBe(400);
      expect(await t().runtime.ctx.store.db.selectFrom('teams').select('id').execute()).toEqual(before);
    });

    it('lets only supervisors and admins of the whole brand delete teams', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/teams/atlantico', body: { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] } });
      await t().request({ method: 'PUT', url: '/api/v1/teams/spare', body: { name: 'Spare', kind: 'hub', timeZone: 'Europe/Lisbon', markets: ['br'] } });
      await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { name: 'João Silva', email: 'joao@example.com', role: 'supervisor', teams: ['atlantico'] } });
      await t().request({ method: 'PUT', url: '/api/v1/agents/mika', body: { name: 'Mika', email: 'mika@example.jp', role: 'agent', teams: ['osaka'] } });
      const token = async (userId: string, role: string) => (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: userId, role, userId } })).json().token as string;
      const partnerSupervisor = await token('joao', 'supervisor');
      const agent = await token('mika', 'agent');
      expect((await t().request({ method: 'DELETE', url: '/api/v1/teams/spare', token: partnerSupervisor })).statusCode).toBe(403);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/teams/spare', token: agent })).statusCode).toBe(403);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/teams/spare', token: null })).statusCode).toBe(401);
      expect((await t().request({ method: 'GET', url: '/api/v1/teams/spare' })).statusCode).toBe(200);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/teams/spare' })).statusCode).toBe(204);
    });

    it('does not let a partner agent lose every team (they would see every market); moving or disabling them works', async () => {
      const joao = { name: 'João Silva', email: 'joao@example.com', role: 'supervisor' };
      const refused = await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { ...joao, teams: [] } });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors).toEqual([{ path: '/body/teams', message: 'a partner agent must stay in a team' }]);
      expect((await t().request({ method: 'GET', url: '/api/v1/agents/joao' })).json().teams).toEqual(['atlantico']);
      expect((await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { ...joao, teams: [], disabled: true } })).statusCode).toBe(200);
      const moved = await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { ...joao, teams: ['osaka'] } });
      expect(moved.statusCode).toBe(200);
    });
  });
}
