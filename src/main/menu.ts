import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** The About box: product, version, and the engine versions support will ask for. */
export function installAboutPanel(): void {
  app.setAboutPanelOptions({
    applicationName: 'SupplyDesk',
    applicationVersion: app.getVersion(),
    version: `Electron ${process.versions.electron}`,
    copyright: 'Copyright © SupplyDesk',
    credits: 'Offline supplier and inventory planning. Your data stays on this computer.',
  });
}

function showAbout(): void {
  // macOS and Linux have a native About panel; Windows gets the same facts in a message box.
  if (process.platform !== 'win32') {
    app.showAboutPanel();
    return;
  }
  void dialog.showMessageBox({
    type: 'info',
    title: 'About SupplyDesk',
    message: `SupplyDesk ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}\nOffline supplier and inventory planning. Your data stays on this computer.`,
  });
}

/** A conventional menu; workspace actions live in the app's own header. */
export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    ...(process.platform === 'darwin' ? [] : [{ role: 'help' as const, submenu: [{ label: 'About SupplyDesk', click: showAbout }] }]),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
