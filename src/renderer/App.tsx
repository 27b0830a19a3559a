import { AppProviders } from './shell/AppProviders';
import { AppShell } from './shell/AppShell';
import { useBackendSync } from './shell/useBackendSync';

export function App() {
  useBackendSync();
  return (
    <AppProviders>
      <AppShell />
    </AppProviders>
  );
}
