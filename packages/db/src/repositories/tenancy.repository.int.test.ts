// Finding a school by what an administrator types, and the demo's "first primary school".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from '../client.ts';
import { databaseHealthRepository } from './database-health.repository.ts';
import { tenancyRepository } from './tenancy.repository.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe('tenancy repository', () => {
  it('finds a school by its id or by its exact name with case ignored, and treats % and _ literally', async () => {
    const trust = await tenancyRepository.createTrust(handle.db, 'Lookup Trust');
    const oak = await tenancyRepository.createSchool(handle.db, { trustId: trust.id, name: 'Oak_Lane Primary' });
    await tenancyRepository.createSchool(handle.db, { trustId: trust.id, name: 'OakXLane Primary' });

    expect((await tenancyRepository.findSchoolsByIdOrName(handle.db, oak.id)).map((s) => s.id)).toEqual([oak.id]);
    expect((await tenancyRepository.findSchoolsByIdOrName(handle.db, 'oak_lane primary')).map((s) => s.id)).toEqual([
      oak.id,
    ]);
    expect(await tenancyRepository.findSchoolsByIdOrName(handle.db, 'Oak%')).toEqual([]);
    expect(await tenancyRepository.findSchoolsByIdOrName(handle.db, 'Oak Lane')).toEqual([]);
  });

  it('gives the oldest school whose name holds the words, within a trust when asked', async () => {
    const first = await tenancyRepository.createTrust(handle.db, 'First Trust');
    const second = await tenancyRepository.createTrust(handle.db, 'Second Trust');
    const older = await tenancyRepository.createSchool(handle.db, { trustId: first.id, name: 'Birch PRIMARY' });
    const other = await tenancyRepository.createSchool(handle.db, { trustId: second.id, name: 'Elm Primary' });

    // Both "Oak_Lane Primary" and "OakXLane Primary" (first test) hold the words; the older one comes back.
    expect((await tenancyRepository.firstSchoolNameContaining(handle.db, 'LANE primary'))?.name).toBe(
      'Oak_Lane Primary',
    );
    expect((await tenancyRepository.firstSchoolNameContaining(handle.db, 'primary', { trustId: second.id }))?.id).toBe(
      other.id,
    );
    expect((await tenancyRepository.firstSchoolNameContaining(handle.db, 'birch', { trustId: first.id }))?.id).toBe(
      older.id,
    );
    expect(await tenancyRepository.firstSchoolNameContaining(handle.db, '%', { trustId: first.id })).toBeNull();
  });

  it('answers the health check', async () => {
    await expect(databaseHealthRepository.ping(handle.db)).resolves.toBeUndefined();
  });
});
