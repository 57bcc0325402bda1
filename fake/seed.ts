/** Demo data for the fake: environments, processes and a sub-account. */
import type { RunningFake } from './index.ts';

export function seedDemoData(fake: RunningFake, environments = 250): void {
  const account = fake.primaryAccount;
  fake.store.put(account, 'Account', { id: 'sub-XY34ZW', accountId: 'sub-XY34ZW', name: 'Acme subsidiary', status: 'active', dateCreated: '2024-01-15T09:30:00Z' });
  for (let i = 0; i < environments; i++) {
    fake.store.put(account, 'Environment', { id: `env-${String(i).padStart(3, '0')}`, name: `Environment ${i}`, classification: i % 5 === 0 ? 'PROD' : 'TEST' });
  }
  for (let i = 0; i < 12; i++) fake.store.put(account, 'Process', { id: `proc-${i}`, name: `Orders ${i}`, Description: `Moves orders, flow ${i}` });
  fake.store.put('sub-XY34ZW', 'Deployment', { id: 'dep-1', environmentId: 'env-000', componentId: 'proc-1', current: true });
}
