import { AppProviders } from './shell/AppProviders';
import { AppShell } from './shell/AppShell';

export function App() {
  return (
    <AppProviders>
      <AppShell />
    </AppProviders>
  );
}
