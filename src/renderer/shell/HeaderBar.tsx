import { JobIndicator } from './JobIndicator';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

export function HeaderBar() {
  return (
    <>
      <WorkspaceSwitcher />
      <div style={{ flex: 1 }} />
      <JobIndicator />
    </>
  );
}
