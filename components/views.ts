import { lazyView } from './lazyView';

// Views behind tabs: each loads when its tab is first opened.
export const ResultsView = lazyView(() => import('./ResultsDashboard').then((module) => module.ResultsDashboard));
export const EstimateView = lazyView(() => import('./EstimatePanel').then((module) => module.EstimatePanel));
export const CompareLazyView = lazyView(() => import('./CompareView').then((module) => module.CompareView));
