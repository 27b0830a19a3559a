import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';

// Once per app: without the modules, filters and other features silently do nothing (error #200).
ModuleRegistry.registerModules([AllCommunityModule]);
