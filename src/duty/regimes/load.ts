/**
 * The browser's registry: each regime kind's code is a dynamic import, so Vite splits it into its
 * own chunk and the calculator loads it only when a destination with a channel of that kind is
 * shown. Each kind is loaded once; a failed import is forgotten so that trying again refetches.
 * The server, the tests and the benchmark use ./index.ts, which imports every regime statically.
 * Adding a kind: a line here too (the type below names a kind that is missing).
 */
import type { RegimeKind } from './index.ts';
import type { Regime } from './regime.ts';

const loaders: Record<RegimeKind, () => Promise<Regime>> = {
	'br-remessa': () => import('./br-remessa.ts').then((m) => m.brRemessa as Regime),
	'ca-low-value': () => import('./ca-low-value.ts').then((m) => m.caLowValue as Regime),
	'cn-cbec': () => import('./cn-cbec.ts').then((m) => m.cnCbec as Regime),
	'cn-postal': () => import('./cn-postal.ts').then((m) => m.cnPostal as Regime),
	'eu-parcel': () => import('./eu-parcel.ts').then((m) => m.euParcel as Regime),
	'gb-low-value': () => import('./gb-low-value.ts').then((m) => m.gbLowValue as Regime),
	'gst-threshold': () => import('./gst-threshold.ts').then((m) => m.gstThreshold as Regime),
	'jp-personal': () => import('./jp-personal.ts').then((m) => m.jpPersonal as Regime),
	'kr-personal': () => import('./kr-personal.ts').then((m) => m.krPersonal as Regime),
	'sg-gst': () => import('./sg-gst.ts').then((m) => m.sgGst as Regime),
	'us-entry': () => import('./us-entry.ts').then((m) => m.usEntry as Regime),
	'usd-bands': () => import('./usd-bands.ts').then((m) => m.usdBands as Regime),
	'vat-border': () => import('./vat-border.ts').then((m) => m.vatBorder as Regime),
};

/** The regimes loaded so far: a registry for the engine. */
export const loadedRegimes: Regime[] = [];
const pending = new Map<string, Promise<Regime>>();

/** Whether every one of `kinds` is loaded. */
export const regimesLoaded = (kinds: readonly string[]) => kinds.every((kind) => loadedRegimes.some((r) => r.kind === kind));

/** Loads the regimes of `kinds` (each once); rejects when one cannot be loaded, or is unknown. */
export function loadRegimes(kinds: readonly string[]): Promise<Regime[]> {
	return Promise.all(
		[...new Set(kinds)].map((kind) => {
			const loaded = loadedRegimes.find((r) => r.kind === kind);
			if (loaded) return Promise.resolve(loaded);
			let promise = pending.get(kind);
			if (!promise) {
				const load = loaders[kind as RegimeKind];
				if (!load) return Promise.reject(new Error(`No regime "${kind}" in src/duty/regimes/load.ts`));
				promise = load().then(
					(regime) => {
						if (!loadedRegimes.includes(regime)) loadedRegimes.push(regime);
						return regime;
					},
					(error: unknown) => {
						pending.delete(kind);
						throw error;
					},
				);
				pending.set(kind, promise);
			}
			return promise;
		}),
	);
}
