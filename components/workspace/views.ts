import { lazyView } from '../ui/lazyView';

// Views behind tabs: each loads when its tab is first opened.
export const ResultsView = lazyView(() => import('../results/ResultsDashboard').then((module) => module.ResultsDashboard));
export const EstimateView = lazyView(() => import('../estimate/EstimatePanel').then((module) => module.EstimatePanel));
export const CompareLazyView = lazyView(() => import('../results/CompareView').then((module) => module.CompareView));
export const RoadmapLazyView = lazyView(() => import('../roadmap/RoadmapView').then((module) => module.RoadmapView));
export const SoaView = lazyView(() => import('../deliverables/SoaTable').then((module) => module.SoaView));
export const SummaryView = lazyView(() => import('../deliverables/SummaryPage').then((module) => module.SummaryPage));
export const ExportView = lazyView(() => import('../deliverables/ExportPanel').then((module) => module.ExportPanel));
export const ImportView = lazyView(() => import('../deliverables/ImportForm').then((module) => module.ImportForm));
export const HeadStartLazyView = lazyView(() => import('../intake/HeadStartView').then((module) => module.HeadStartView));
export const TransitionLazyView = lazyView(() => import('../transition/TransitionView').then((module) => module.TransitionView));
export const CallSummaryView = lazyView(() => import('../results/CallSummary').then((module) => module.CallSummary));
