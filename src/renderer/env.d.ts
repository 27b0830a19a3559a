import type { SupplyDeskApi } from '../shared/contract/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    supplydesk?: SupplyDeskApi;
  }
}

export {};
