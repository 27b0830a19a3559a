/** The one IPC channel main uses to push events (`job:progress`, …) to the window. */
export const IPC_EVENT_CHANNEL = 'supplydesk:event';
