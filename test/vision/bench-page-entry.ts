import { BridgeHelloSchema, PageMessageSchema } from '../../lib/meeting/bridge-protocol';
import { clipFrames, landmarkerNamed } from './landmark-page-entry';

/**
 * The vision benchmark's page script (test/bench/vision-bench.ts), on top of the landmark test page:
 * the meeting panel's end of the frame bridge (for bench-meeting-entry.ts, which measures what
 * sampling costs the meeting page), and the reference face pipeline of @vladmandic/human.
 */

/** What the panel stand-in saw of the frames the meeting page sent (bench-meeting-entry.ts). */
export interface PanelStats {
  received: number;
  analysed: number;
  withFace: number;
  /** Refused by the landmarker (its stream still had a frame in flight, or a stale timestamp). */
  refused: number;
}

let panel: PanelStats = { received: 0, analysed: 0, withFace: 0, refused: 0 };
/** The bridge's port, kept from the page's start: the hello comes on the frame's load, before any call. */
let offered: MessagePort | undefined;
let serve: ((port: MessagePort) => void) | undefined;
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const port = event.ports[0];
  if (event.source !== window.parent || !port || !BridgeHelloSchema.safeParse(event.data).success) return;
  offered = port;
  serve?.(port);
});

/**
 * The meeting panel's part, reduced to what the benchmark needs: takes the bridge's port from the
 * parent's hello, sends each frame's bitmap to the landmarker named `name`, and answers every frame
 * with the `ready-for-next` credit once it is done, as the panel's liveness tracker does.
 */
function servePanel(name: string) {
  const landmarker = landmarkerNamed(name);
  panel = { received: 0, analysed: 0, withFace: 0, refused: 0 };
  serve = (port) => {
    port.onmessage = (message: MessageEvent<unknown>) => {
      const parsed = PageMessageSchema.safeParse(message.data);
      if (!parsed.success || parsed.data.type !== 'frame') return;
      const { key, bitmap, timestampMs } = parsed.data;
      panel.received++;
      landmarker.track('capture', bitmap, timestampMs).then((result) => {
        if (typeof result === 'string') panel.refused++;
        else {
          panel.analysed++;
          if (result.faces.length > 0) panel.withFace++;
        }
      }).finally(() => port.postMessage({ type: 'ready-for-next', key }));
    };
  };
  if (offered) serve(offered);
}

/** The parts of @vladmandic/human's API the benchmark uses (its types are not installed). */
interface HumanResult {
  face: { mesh: unknown[] }[];
}
interface HumanInstance {
  load: () => Promise<void>;
  detect: (input: ImageBitmap) => Promise<HumanResult>;
  tf: { getBackend: () => string };
}
type HumanModule = { Human: new (config: object) => HumanInstance };

let human: HumanInstance | undefined;

/** Loads Human from `moduleUrl`, with its face detector and mesh only, on TF.js's wasm backend. */
async function startHuman(moduleUrl: string, modelBasePath: string, wasmPath: string): Promise<{ backend: string; loadMs: number }> {
  const began = performance.now();
  const { Human } = (await import(/* @vite-ignore */ moduleUrl)) as HumanModule;
  const off = { enabled: false };
  human = new Human({
    backend: 'wasm',
    wasmPath,
    modelBasePath,
    debug: false,
    warmup: 'none',
    // Off, so that every frame is analysed: the result cache would skip frames that barely change.
    cacheSensitivity: 0,
    filter: off, gesture: off, body: off, hand: off, object: off, segmentation: off,
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 2, return: false },
      mesh: { enabled: true },
      iris: off, emotion: off, description: off, antispoof: off, liveness: off, gear: off, attention: off,
    },
  });
  await human.load();
  return { backend: human.tf.getBackend(), loadMs: performance.now() - began };
}

/** Human on every frame of a clip: milliseconds and mesh points per frame. */
async function humanRun(clip: string): Promise<{ ms: number[]; meshPoints: number[] }> {
  if (!human) throw new Error('Human was not started');
  const ms: number[] = [];
  const meshPoints: number[] = [];
  for (const frame of clipFrames(clip)) {
    const began = performance.now();
    const result = await human.detect(frame);
    ms.push(performance.now() - began);
    meshPoints.push(result.face[0]?.mesh.length ?? 0);
  }
  return { ms, meshPoints };
}

const api = { servePanel, panelStats: () => ({ ...panel }), startHuman, humanRun };
export type BenchPageApi = typeof api;
(window as unknown as { benchPage: BenchPageApi }).benchPage = api;
