/**
 * A first view of whether NIS2 or DORA binds an organization, from the two facts the assessment already has:
 * its sector and headcount. It is only a suggestion: the answer depends on the exact activity, turnover and
 * where the organization operates in the EU, so the user decides and the suggestion says why it leans one way.
 *
 * The rules, in short (NIS2 Article 2 and Annexes I and II; DORA Article 2):
 * - NIS2 reaches medium and large entities (50 people or more) in the sectors its annexes list: health, digital
 *   infrastructure and managed ICT services, public administration, banking and financial market
 *   infrastructure, manufacturing of critical products, digital providers such as online marketplaces. Providers
 *   of public electronic communications are in scope whatever their size.
 * - DORA reaches financial entities of every size (banks, insurers, investment and payment firms, crypto-asset
 *   service providers); ICT providers to them meet its demands through their customers' contracts.
 */
import type { RegulationId } from './intake';

export type Likelihood = 'likely' | 'possible' | 'unlikely';

export interface RegulationHint {
  regulation: RegulationId;
  likelihood: Likelihood;
  /** One sentence in plain words: why the suggestion leans this way. */
  reason: string;
}

/** NIS2's size threshold for medium entities, in people. */
export const nis2MinimumHeadcount = 50;

const nis2Sectors: Record<string, { likelihood: Exclude<Likelihood, 'unlikely'>; why: string }> = {
  'Software and SaaS': { likelihood: 'likely', why: 'cloud, data-centre and managed ICT service providers are listed sectors' },
  'Financial services': { likelihood: 'likely', why: 'banking and financial market infrastructure are listed sectors (DORA takes precedence where it applies)' },
  Healthcare: { likelihood: 'likely', why: 'health care providers and makers of medical devices are listed sectors' },
  'Public sector': { likelihood: 'likely', why: 'central and regional public administration is a listed sector' },
  Telecommunications: { likelihood: 'likely', why: 'providers of public electronic communications are in scope whatever their size' },
  Manufacturing: { likelihood: 'possible', why: 'only makers of certain products are listed (medical devices, electronics, machinery, vehicles)' },
  'Retail and e-commerce': { likelihood: 'possible', why: 'online marketplaces are listed, other retail is not' },
  Education: { likelihood: 'possible', why: 'research organizations are listed, teaching alone is not' },
};

function nis2Hint(sector: string, employees: number): RegulationHint {
  const listed = nis2Sectors[sector];
  if (!listed) {
    return { regulation: 'nis2', likelihood: 'unlikely', reason: 'The sector chosen is not one NIS2 lists; check the exact activity if unsure.' };
  }
  const sizeFree = sector === 'Telecommunications';
  if (!sizeFree && employees < nis2MinimumHeadcount) {
    return {
      regulation: 'nis2',
      likelihood: 'unlikely',
      reason: `With fewer than ${nis2MinimumHeadcount} people an organization is usually below NIS2's size threshold, unless its turnover or a special role puts it in.`,
    };
  }
  return { regulation: 'nis2', likelihood: listed.likelihood, reason: `In the EU, ${listed.why}.` };
}

function doraHint(sector: string): RegulationHint {
  if (sector === 'Financial services') {
    return { regulation: 'dora', likelihood: 'likely', reason: 'DORA binds EU financial entities of every size: banks, insurers, investment and payment firms.' };
  }
  if (sector === 'Software and SaaS') {
    return {
      regulation: 'dora',
      likelihood: 'possible',
      reason: 'DORA binds your customers if they are EU financial entities, and they pass its demands on to their ICT providers by contract.',
    };
  }
  return { regulation: 'dora', likelihood: 'unlikely', reason: 'DORA concerns financial entities and the ICT providers that serve them; the sector chosen is neither.' };
}

/** The suggestion for each regulation, in display order; the user's own decision always wins. */
export function regulationHints(sector: string, employees: number): RegulationHint[] {
  return [nis2Hint(sector, employees), doraHint(sector)];
}
