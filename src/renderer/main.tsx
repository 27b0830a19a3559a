import { startBackendSync } from './shell/backend-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Only the store and the API are in this first chunk: the calls for the shell (and the open
// page's data) go out while the UI code (antd, ag-grid, React DOM) is still loading.
startBackendSync();
void import('./mount').then(({ mountApp }) => mountApp(root));
