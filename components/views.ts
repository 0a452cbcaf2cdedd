import { lazyView } from './lazyView';

// Views behind tabs: each loads when its tab is first opened.
export const ResultsView = lazyView(() => import('./ResultsDashboard').then((module) => module.ResultsDashboard));
export const EstimateView = lazyView(() => import('./EstimatePanel').then((module) => module.EstimatePanel));
export const CompareLazyView = lazyView(() => import('./CompareView').then((module) => module.CompareView));
export const RoadmapLazyView = lazyView(() => import('./RoadmapView').then((module) => module.RoadmapView));
export const SoaView = lazyView(() => import('./SoaTable').then((module) => module.SoaView));
export const SummaryView = lazyView(() => import('./SummaryPage').then((module) => module.SummaryPage));
export const ExportView = lazyView(() => import('./ExportPanel').then((module) => module.ExportPanel));
export const ImportView = lazyView(() => import('./ImportForm').then((module) => module.ImportForm));
