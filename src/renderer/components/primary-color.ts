/** The app's accent colour: the antd theme (shell) and the grid theme both use it, so they match. */
export const PRIMARY_COLOR = '#2f6bdc';
